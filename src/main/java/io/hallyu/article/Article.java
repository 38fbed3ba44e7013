package io.hallyu.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the index stores it. Immutable; optional parts are {@code null}
 * ({@code date}, {@code outlet}, {@code url}) or empty ({@code body}, {@code artists}).
 *
 * @param artists canonical artist names, merged from the record and the text
 */
public record Article(
    String id,
    String title,
    String body,
    LocalDate date,
    String outlet,
    String url,
    String lang,
    List<String> artists) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    body = body == null ? "" : body;
    artists = artists == null ? List.of() : List.copyOf(artists);
  }

  /** A copy with another artist list (used after recognition merges names). */
  public Article withArtists(List<String> newArtists) {
    return new Article(id, title, body, date, outlet, url, lang, newArtists);
  }
}
