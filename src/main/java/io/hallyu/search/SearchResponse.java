package io.hallyu.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search, shaped as the HTTP API returns it.
 *
 * @param match how many of the query's words the answered articles have: {@code all}, {@code most}
 *     (all but one of three or more) or {@code some}, when no article had every word
 * @param didYouMean a corrected query that finds more, or {@code null} (left out of the JSON)
 */
public record SearchResponse(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String sort,
    String match,
    @JsonInclude(JsonInclude.Include.NON_NULL) String didYouMean,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets) {

  /** The same answer with another time taken, for an answer served from the cache. */
  public SearchResponse took(long millis) {
    return new SearchResponse(query, total, millis, page, size, sort, match, didYouMean, hits,
        facets);
  }

  /** One result. {@code snippet} is HTML-escaped text with matches in {@code <mark>}. */
  public record Hit(String id, String title, String snippet, String date, String outlet,
      String url, String lang, List<String> artists, float score) {}

  /** One facet value; months carry no label and no selection flag. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FacetValue(String value, String label, int count, Boolean selected) {}
}
