package io.hallyu.article;

/** A record that cannot become an article; the message names the reason for the user. */
public class InvalidArticleException extends RuntimeException {
  public InvalidArticleException(String message) {
    super(message);
  }
}
