package io.hallyu.index;

import io.hallyu.article.Article;
import io.hallyu.article.InvalidArticleException;
import io.hallyu.article.SourceRecord;
import io.hallyu.artist.ArtistTagger;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes into a running index: validated like the {@code index} command, and durable before a
 * method returns (in the write-ahead log), with fsyncs shared between concurrent callers
 * ({@link GroupCommitter}). Thread-safe; one per index.
 */
public final class LiveWriter implements Closeable {
  private final ArticleIndex index;
  private final ArtistTagger tagger;
  private final GroupCommitter committer;
  private final AtomicLong changes = new AtomicLong();

  public LiveWriter(ArticleIndex index, ArtistTagger tagger) {
    this.index = index;
    this.tagger = tagger;
    this.committer = new GroupCommitter(index);
  }

  /** What one batch did: the ids indexed (in batch order) and the records refused. */
  public record Result(List<String> ids, List<Rejection> rejected) {
    public Result {
      ids = List.copyOf(ids);
      rejected = List.copyOf(rejected);
    }

    public int indexed() {
      return ids.size();
    }
  }

  /** A record refused, by its 0-based position in the batch. */
  public record Rejection(int index, String error) {}

  /**
   * Indexes every valid record and returns once they are durable. A bad record is refused
   * alone; the others are still written.
   *
   * @throws IOException when the index cannot write or sync: then nothing may be acknowledged
   */
  public Result write(List<SourceRecord> records) throws IOException {
    List<String> ids = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      SourceRecord record = records.get(i);
      if (!record.isOk()) {
        rejected.add(new Rejection(i, record.error()));
        continue;
      }
      try {
        Article article = Ingester.prepare(record.article(), tagger);
        index.upsert(article);
        ids.add(article.id());
      } catch (InvalidArticleException e) {
        rejected.add(new Rejection(i, e.getMessage()));
      } catch (IllegalArgumentException e) {
        // Lucene refuses some values (an immense term, say): the record is bad, not the batch.
        rejected.add(new Rejection(i, "cannot index: " + e.getMessage()));
      }
    }
    for (int k = 0; k < rejected.size(); k++) {
      index.listener().rejected();
    }
    if (!ids.isEmpty()) {
      committer.awaitDurable(index.changeMark());
      changes.addAndGet(ids.size());
    }
    return new Result(ids, rejected);
  }

  /** Deletes by id and returns once that is durable; false when no such article existed. */
  public boolean delete(String id) throws IOException {
    boolean existed = index.delete(id);
    if (existed) {
      committer.awaitDurable(index.changeMark());
      changes.incrementAndGet();
    }
    return existed;
  }

  /** Write-ahead log fsyncs made for writers so far. */
  public long syncs() {
    return committer.syncs();
  }

  /** Time spent in those fsyncs so far. */
  public long syncNanos() {
    return committer.syncNanos();
  }

  /** Write calls (batches and deletes) that waited for durability so far. */
  public long durableWrites() {
    return committer.waits();
  }

  /** Articles indexed or deleted durably so far. */
  public long durableChanges() {
    return changes.get();
  }

  /** Syncs what callers still wait for, then stops the sync thread. */
  @Override
  public void close() {
    committer.close();
  }
}
