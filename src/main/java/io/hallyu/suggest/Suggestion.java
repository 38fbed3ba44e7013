package io.hallyu.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One suggestion, shaped as the HTTP API returns it.
 *
 * @param text what to show, and what to put in the search box
 * @param value for an artist, the canonical name that {@code artist=} filters take
 * @param type {@code artist} or {@code title}
 * @param detail for an artist, who it is: {@code IU (아이유) · solo}, {@code V (뷔) · BTS}
 * @param id for a title, the article's id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suggestion(String text, String value, String type, String detail, String id) {
  public static final String ARTIST = "artist";
  public static final String TITLE = "title";

  public static Suggestion artist(String text, String canonical, String detail) {
    return new Suggestion(text, canonical, ARTIST, detail, null);
  }

  public static Suggestion title(String title, String id) {
    return new Suggestion(title, null, TITLE, null, id);
  }
}
