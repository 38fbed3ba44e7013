package io.hallyu.index;

/** Another process holds the index directory's write lock. */
public class IndexInUseException extends RuntimeException {
  public IndexInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
