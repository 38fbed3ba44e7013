package io.hallyu.suggest;

import java.util.List;

/** The answer to {@code GET /api/suggest}: the query as received, then artists, then titles. */
public record SuggestResponse(String query, List<Suggestion> suggestions) {
  public SuggestResponse {
    suggestions = List.copyOf(suggestions);
  }
}
