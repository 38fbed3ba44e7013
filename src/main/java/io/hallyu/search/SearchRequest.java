package io.hallyu.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A validated search: the user's query, facet selections, date range, sort and page.
 *
 * @param query user query text; empty means every article
 * @param sort {@code null} means relevance with a query, newest without one
 */
public record SearchRequest(
    String query,
    List<String> artists,
    List<String> outlets,
    List<String> langs,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** Deep pages cost memory for every hit before them; nobody reads past this. */
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** Result order. */
  public enum Sort {
    RELEVANCE, NEWEST, OLDEST;

    public static Sort parse(String s) {
      for (Sort v : values()) {
        if (v.name().equalsIgnoreCase(s.strip())) {
          return v;
        }
      }
      throw new InvalidRequestException("sort",
          "sort must be one of relevance, newest, oldest (got '" + s + "')");
    }

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    artists = clean(artists);
    outlets = clean(outlets);
    langs = clean(langs);
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException("q", "query longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (page < 1) {
      throw new InvalidRequestException("page", "page must be 1 or more (got " + page + ")");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size",
          "size must be between 1 and " + MAX_SIZE + " (got " + size + ")");
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException("page",
          "page * size must not exceed " + MAX_WINDOW + "; narrow the search instead");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("from", "from (" + from + ") is after to (" + to + ")");
    }
  }

  /**
   * A {@code from}/{@code to} bound as users write it: an ISO date, or blank for none.
   *
   * @throws InvalidRequestException naming {@code parameter} when it is not a date
   */
  public static LocalDate parseDate(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidRequestException(parameter,
          parameter + " must be an ISO date like 2024-02-04 (got '" + value + "')");
    }
  }

  /** Everything, newest first, first page. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), null, null, null, 1,
        DEFAULT_SIZE);
  }

  /** The sort actually used: relevance with a query, newest without one. */
  public Sort effectiveSort() {
    return sort != null ? sort : query.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE;
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of()
        : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
  }
}
