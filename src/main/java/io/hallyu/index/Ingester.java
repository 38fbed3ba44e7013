package io.hallyu.index;

import io.hallyu.article.Article;
import io.hallyu.article.ArticleNormalizer;
import io.hallyu.article.InvalidArticleException;
import io.hallyu.article.RawArticle;
import io.hallyu.article.SourceRecord;
import io.hallyu.artist.ArtistTagger;
import java.io.IOException;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * One ingestion run: records in, articles validated, artists recognised, documents upserted, on
 * every core. Bad records are collected with their reason and never stop the run. Thread-safe:
 * feed it from one reader thread through {@link #accept}, then {@link #finish}.
 */
public final class Ingester implements Consumer<SourceRecord>, AutoCloseable {
  private final ArticleIndex index;
  private final ArtistTagger tagger;
  private final FacetedSearcher before;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final List<IngestSummary.Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService workers;
  private final int threads;
  private final long start = System.nanoTime();
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  public Ingester(ArticleIndex index, ArtistTagger tagger, int threads) throws IOException {
    this.index = index;
    this.tagger = tagger;
    this.before = index.acquire();
    this.threads = threads;
    // The reader waits while the queue is full rather than index too: a third thread indexing on
    // two cores made the index command a quarter slower. The bound keeps memory flat.
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(threads * 64), Ingester::waitForRoom);
  }

  @Override
  public void accept(SourceRecord record) {
    if (!record.isOk()) {
      rejected.add(new IngestSummary.Rejection(record.file(), record.line(), record.error()));
      index.listener().rejected();
      return;
    }
    workers.execute(() -> index(record));
  }

  /** Indexes one record now, in the calling thread; returns the article or throws why not. */
  public Article indexNow(SourceRecord record) throws IOException {
    try {
      Article article = prepare(record.article(), tagger);
      boolean replaced = !seen.add(article.id()) || existedBefore(article.id());
      index.upsert(article);
      (replaced ? updated : added).incrementAndGet();
      return article;
    } catch (InvalidArticleException | IllegalArgumentException e) {
      index.listener().rejected();
      throw e;
    }
  }

  private void index(SourceRecord record) {
    try {
      indexNow(record);
    } catch (InvalidArticleException e) {
      rejected.add(new IngestSummary.Rejection(record.file(), record.line(), e.getMessage()));
    } catch (IllegalArgumentException e) {
      // Lucene refuses some values (an immense term, say): the record is bad, not the run.
      rejected.add(new IngestSummary.Rejection(record.file(), record.line(), "cannot index: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
    if (pool.isShutdown()) {
      throw new java.util.concurrent.RejectedExecutionException("ingestion finished");
    }
    try {
      pool.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.RejectedExecutionException("interrupted while queueing", e);
    }
  }

  private void flushBuffers() {
    try {
      while (index.flushNextBuffer()) {
        // until no buffer holds documents
      }
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /**
   * Validates a record and merges in the artists its text names: what every way in (files,
   * the HTTP API) does before indexing.
   *
   * @throws InvalidArticleException naming what is wrong with the record
   */
  static Article prepare(RawArticle raw, ArtistTagger tagger) {
    Article a = ArticleNormalizer.normalize(raw);
    return a.withArtists(tagger.merge(a.artists(), a.title(), a.body()));
  }

  private boolean existedBefore(String id) throws IOException {
    return before.count(new TermQuery(new Term(Schema.ID, id))) > 0;
  }

  /** Waits for queued records and returns what was done (changes are not yet committed). */
  public IngestSummary finish() throws IOException {
    // The writer's buffers are flushed on every core now, rather than one after another by the
    // commit that follows.
    for (int i = 0; i < threads; i++) {
      workers.execute(this::flushBuffers);
    }
    workers.shutdown();
    try {
      workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    }
    if (failure.get() != null) {
      throw new IOException("indexing failed: " + failure.get(), failure.get());
    }
    List<IngestSummary.Rejection> sorted;
    synchronized (rejected) {
      sorted = new ArrayList<>(rejected);
    }
    sorted.sort(Comparator.comparing(IngestSummary.Rejection::file)
        .thenComparingInt(IngestSummary.Rejection::line));
    return new IngestSummary(added.get(), updated.get(), sorted,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    index.release(before);
  }
}
