package io.hallyu.article;

/** A document that is not a readable RSS or Atom feed; the message names the problem. */
public class InvalidFeedException extends RuntimeException {
  public InvalidFeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
