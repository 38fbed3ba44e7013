package io.hallyu.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The answer to a search, shaped as the HTTP API returns it. */
public record SearchResponse(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String sort,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets) {

  /** One result. {@code snippet} is HTML-escaped text with matches in {@code <mark>}. */
  public record Hit(String id, String title, String snippet, String date, String outlet,
      String url, String lang, List<String> artists, float score) {}

  /** One facet value; months carry no label and no selection flag. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FacetValue(String value, String label, int count, Boolean selected) {}
}
