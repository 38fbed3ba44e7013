package io.hallyu.article;

import java.io.IOException;

/** A feed URL that could not be fetched; the message names the URL and the reason. */
public class FeedFetchException extends IOException {
  private final String reason;

  public FeedFetchException(String url, String reason, Throwable cause) {
    super("cannot fetch " + url + ": " + reason, cause);
    this.reason = reason;
  }

  /** Why, without the URL: "HTTP 404", "no answer within 30 s" ... */
  public String reason() {
    return reason;
  }
}
