package io.hallyu.index;

/**
 * Hears what the index does, for metrics. Called on the thread doing the work, so an
 * implementation must be thread-safe and quick. Every method does nothing by default.
 */
public interface IndexListener {
  /** Listens to nothing. */
  IndexListener NONE = new IndexListener() {};

  /** A searcher refresh (whether or not anything had changed) took {@code nanos}. */
  default void refreshed(long nanos) {}

  /** A commit (a checkpoint of the write-ahead log) took {@code nanos}. */
  default void committed(long nanos) {}

  /** An fsync of the write-ahead log, shared by the writes waiting for it, took {@code nanos}. */
  default void logSynced(long nanos) {}

  /** One document was added or replaced. */
  default void indexed() {}

  /** One record could not become a document. */
  default void rejected() {}
}
