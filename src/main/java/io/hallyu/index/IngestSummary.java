package io.hallyu.index;

import java.util.List;

/** What one ingestion did. */
public record IngestSummary(int added, int updated, List<Rejection> rejected, long millis) {

  /** A record that was not indexed, and why. */
  public record Rejection(String file, int line, String reason) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
  }

  public IngestSummary {
    rejected = List.copyOf(rejected);
  }

  public int indexed() {
    return added + updated;
  }
}
