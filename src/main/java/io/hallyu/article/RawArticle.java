package io.hallyu.article;

import java.util.List;

/**
 * An article as a reader found it, before validation: every field is the text the source gave,
 * possibly {@code null}. {@link ArticleNormalizer} turns it into an {@link Article} or rejects it.
 */
public record RawArticle(
    String id,
    String title,
    String body,
    String date,
    String outlet,
    String url,
    String lang,
    List<String> artists) {

  public RawArticle {
    artists = artists == null ? List.of() : List.copyOf(artists);
  }
}
