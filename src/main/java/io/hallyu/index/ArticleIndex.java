package io.hallyu.index;

import io.hallyu.article.Article;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Owns the index: the one {@link IndexWriter}, the near-real-time {@link SearcherManager} and the
 * background thread that refreshes it, so searches never wait for a refresh; and, when it serves
 * live writes, the {@link WriteAheadLog} that makes them durable between commits.
 *
 * <p>Refreshes follow searches: while nobody has searched for {@link #SEARCH_IDLE_MILLIS}, the
 * background refresh is skipped (each one would flush the writer's buffer into a small segment
 * that merges then rewrite), and the first search after the pause refreshes before it reads.
 */
public final class ArticleIndex implements Closeable {
  static final long REFRESH_MILLIS = 200;
  static final long SEARCH_IDLE_MILLIS = 30_000;
  /** A checkpoint (Lucene commit) at least this often while the log holds anything. */
  static final long CHECKPOINT_MILLIS = 60_000;
  /** ... and as soon as the log passes this size, which bounds the replay after a crash. */
  static final long CHECKPOINT_LOG_BYTES = 32L << 20;
  private static final long SEARCH_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(SEARCH_IDLE_MILLIS);
  private static final int STRIPES = 64;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final ScheduledExecutorService refresher;
  private volatile IndexListener listener = IndexListener.NONE;
  private volatile long lastSearch = System.nanoTime() - SEARCH_IDLE_NANOS - 1;

  // Live writes only (null otherwise).
  private final WriteAheadLog log;
  private final ScheduledExecutorService checkpointer;
  private final AtomicBoolean checkpointQueued = new AtomicBoolean();
  /**
   * Writes hold it shared while they update the writer and log the change; a checkpoint holds it
   * exclusively to roll the log, so every change in the older files is in the writer before the
   * commit starts.
   */
  private final ReadWriteLock rollLock = new ReentrantReadWriteLock();
  /** Changes to one id are applied and logged in the same order: one lock per stripe of ids. */
  private final Object[] stripes = new Object[STRIPES];
  private final Object commitLock = new Object();

  private ArticleIndex(Directory directory, IndexWriter writer, boolean refreshInBackground,
      WriteAheadLog log) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.log = log;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
    this.searchers = writer == null
        ? new SearcherManager(directory, FacetedSearcher.factory(facetsConfig))
        : new SearcherManager(writer, FacetedSearcher.factory(facetsConfig));
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    if (refreshInBackground) {
      refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS,
          TimeUnit.MILLISECONDS);
    }
    if (log == null) {
      this.checkpointer = null;
    } else {
      this.checkpointer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-checkpoint");
        t.setDaemon(true);
        return t;
      });
      checkpointer.scheduleWithFixedDelay(this::checkpointQuietly, CHECKPOINT_MILLIS,
          CHECKPOINT_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Opens (creating if needed) the index in {@code dir} for live writes: near-real-time refresh,
   * and a write-ahead log, after replaying what the last one holds beyond the last commit.
   *
   * @throws IndexInUseException when another process has it open for writing
   */
  public static ArticleIndex open(Path dir, Analyzer analyzer) throws IOException {
    return open(dir, analyzer, true);
  }

  /**
   * Opens the index for a bulk load: no background refresh, because every near-real-time
   * refresh flushes the writer's buffer into a small segment (five a second), and nobody is
   * searching. No write-ahead log either: {@link #commit} at the end makes the load durable
   * (a load that dies is run again). What a server's log still holds is replayed first.
   * Call {@link #refresh} to see the documents.
   */
  public static ArticleIndex openForBulkLoad(Path dir, Analyzer analyzer) throws IOException {
    return open(dir, analyzer, false);
  }

  private static ArticleIndex open(Path dir, Analyzer analyzer, boolean nearRealTime)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(128)
        // As Solr: a flushed segment is not copied again into a compound file.
        .setUseCompoundFile(false);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexInUseException("index directory " + dir.toAbsolutePath()
          + " is already open in another process (server or indexer); stop it or use --index", e);
    }
    try {
      long generation = recover(dir, writer);
      WriteAheadLog log = nearRealTime ? new WriteAheadLog(dir, generation) : null;
      return new ArticleIndex(directory, writer, nearRealTime, log);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      directory.close();
      throw e;
    }
  }

  /**
   * Applies what the write-ahead log holds beyond the last commit, commits it, and deletes the
   * replayed files; returns the generation the next log starts at.
   */
  private static long recover(Path dir, IndexWriter writer) throws IOException {
    long from = committedGeneration(writer);
    FacetsConfig facets = Schema.facetsConfig();
    WriteAheadLog.Replay replay = WriteAheadLog.replay(dir, from, op -> {
      Term id = new Term(Schema.ID, op.id());
      if (op.isDelete()) {
        writer.deleteDocuments(id);
      } else {
        writer.updateDocument(id, facets.build(Schema.toDocument(op.article())));
      }
    });
    for (String problem : replay.problems()) {
      System.err.println("write-ahead log: " + problem);
    }
    long next = Math.max(from, replay.lastGeneration() + 1);
    if (replay.operations() > 0) {
      writer.setLiveCommitData(Map.of(WriteAheadLog.COMMIT_KEY, Long.toString(next)).entrySet());
      writer.commit();
      System.err.printf("write-ahead log: recovered %d changes that were not yet committed%n",
          replay.operations());
    }
    WriteAheadLog.deleteBefore(dir, next);
    return next;
  }

  private static long committedGeneration(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(WriteAheadLog.COMMIT_KEY)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
  }

  /**
   * Opens an existing index for searching only; it takes no lock, so it works beside a running
   * server (seeing its last commit).
   *
   * @throws java.io.FileNotFoundException when {@code dir} holds no index
   */
  public static ArticleIndex openReadOnly(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new java.io.FileNotFoundException("no index in " + dir.toAbsolutePath()
          + "; create one with the index command");
    }
    return new ArticleIndex(directory, null, false, null);
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Sets who hears of refreshes, commits and writes ({@link IndexListener#NONE} for nobody). */
  public void setListener(IndexListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  IndexListener listener() {
    return listener;
  }

  /** Adds the article or replaces the one with its id (logged, when writes are live). */
  public void upsert(Article article) throws IOException {
    writable();
    Document doc = facetsConfig.build(Schema.toDocument(article));
    Term id = new Term(Schema.ID, article.id());
    if (log == null) {
      writer.updateDocument(id, doc);
    } else {
      byte[] entry = WriteAheadLog.encode(WriteAheadLog.Op.upsert(article));
      logged(article.id(), () -> writer.updateDocument(id, doc), entry);
    }
    listener.indexed();
  }

  /** Deletes by id; returns whether a document with that id existed. */
  public boolean delete(String id) throws IOException {
    writable();
    boolean existed = exists(id);
    Term term = new Term(Schema.ID, id);
    if (log == null) {
      writer.deleteDocuments(term);
    } else {
      logged(id, () -> writer.deleteDocuments(term), WriteAheadLog.encode(WriteAheadLog.Op.delete(id)));
    }
    return existed;
  }

  private interface Change {
    void apply() throws IOException;
  }

  /**
   * Applies a change to the writer, then logs it: a change that fails is never logged, and the
   * changes to one id reach the writer and the log in the same order.
   */
  private void logged(String id, Change change, byte[] entry) throws IOException {
    rollLock.readLock().lock();
    try {
      synchronized (stripes[Math.floorMod(id.hashCode(), STRIPES)]) {
        change.apply();
        log.append(entry);
      }
    } finally {
      rollLock.readLock().unlock();
    }
    if (log.bytesSinceRoll() > CHECKPOINT_LOG_BYTES && checkpointQueued.compareAndSet(false, true)) {
      checkpointer.execute(this::checkpointQuietly);
    }
  }

  /** Whether the latest refreshed view (or the writer's pending updates) holds this id. */
  public boolean exists(String id) throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(Schema.ID, id))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Commits every change so far (a checkpoint: the write-ahead log files it covers are deleted).
   */
  public void commit() throws IOException {
    writable();
    synchronized (commitLock) {
      long start = System.nanoTime();
      if (log == null) {
        writer.commit();
      } else {
        long next;
        rollLock.writeLock().lock();
        try {
          next = log.roll();
        } finally {
          rollLock.writeLock().unlock();
        }
        writer.setLiveCommitData(Map.of(WriteAheadLog.COMMIT_KEY, Long.toString(next)).entrySet());
        writer.commit();
        log.deleteBefore(next);
      }
      listener.committed(System.nanoTime() - start);
    }
  }

  /**
   * Flushes one of the writer's in-memory buffers to a segment in the calling thread; false when
   * none holds documents. Threads calling it together flush in parallel.
   */
  public boolean flushNextBuffer() throws IOException {
    writable();
    return writer.flushNextBuffer();
  }

  /**
   * A mark of every change completed so far. Read it after your own changes: once
   * {@link #makeDurable} returns this or more, they are durable.
   */
  public long changeMark() {
    writable();
    return log == null ? writer.getMaxCompletedSequenceNumber() : log.appended();
  }

  /**
   * Makes every change completed so far durable: an fsync of the write-ahead log, or a commit
   * when there is none; returns the highest {@link #changeMark} it covers.
   */
  public long makeDurable() throws IOException {
    writable();
    if (log == null) {
      return writer.commit();
    }
    long start = System.nanoTime();
    long mark = log.sync();
    listener.logSynced(System.nanoTime() - start);
    return mark;
  }

  private void checkpointQuietly() {
    checkpointQueued.set(false);
    try {
      if (log.bytesSinceRoll() > 0) {
        commit();
      }
    } catch (IOException | RuntimeException e) {
      // The log still holds everything; the next checkpoint, or a restart, tries again.
      System.err.println("index checkpoint failed: " + e);
    }
  }

  private void writable() {
    if (writer == null) {
      throw new IllegalStateException("index was opened read-only");
    }
  }

  /** Makes every change so far visible to new searches now. */
  public void refresh() throws IOException {
    long start = System.nanoTime();
    searchers.maybeRefreshBlocking();
    listener.refreshed(System.nanoTime() - start);
  }

  /**
   * Calls {@code listener} around every refresh, on the thread that refreshes (usually the
   * background one), so per-refresh caches are rebuilt there rather than inside a request.
   */
  public void addRefreshListener(ReferenceManager.RefreshListener listener) {
    searchers.addListener(listener);
  }

  /**
   * The latest view, for answering a user: the first search after a pause refreshes first, so it
   * sees every completed write although the background refresh skipped the pause.
   */
  public FacetedSearcher acquireForSearch() throws IOException {
    refreshIfIdle();
    lastSearch = System.nanoTime();
    return acquire();
  }

  /**
   * Refreshes now when nobody has searched for a while: the background refresh skipped that
   * time, so writes since may not be visible yet.
   */
  private void refreshIfIdle() throws IOException {
    if (writer != null && searchIsIdle()) {
      refresh();
    }
  }

  private boolean searchIsIdle() {
    return System.nanoTime() - lastSearch > SEARCH_IDLE_NANOS;
  }

  /** The latest refreshed view, for work that is not a user's search (it keeps no refresh going). */
  public FacetedSearcher acquire() throws IOException {
    return (FacetedSearcher) searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Documents in the latest refreshed view. */
  public int documentCount() throws IOException {
    refreshIfIdle(); // counting is no search: it does not wake the background refresh
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** Bytes the index's files take on disk now. */
  public long sizeInBytes() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException e) {
        // merged away between the listing and now
      }
    }
    return total;
  }

  private void refreshQuietly() {
    if (searchIsIdle()) {
      return; // nobody is searching: no small segment for nothing
    }
    try {
      long start = System.nanoTime();
      searchers.maybeRefresh();
      listener.refreshed(System.nanoTime() - start);
    } catch (IOException | RuntimeException e) {
      System.err.println("index refresh failed: " + e);
    }
  }

  /**
   * Stops as a killed process would, for tests: the writer's uncommitted changes are dropped and
   * only what the log synced stays on disk.
   */
  void abandon() throws IOException {
    refresher.shutdownNow();
    if (checkpointer != null) {
      checkpointer.shutdownNow();
    }
    try {
      searchers.close();
      if (log != null) {
        log.abandon();
      }
    } finally {
      writer.rollback();
      directory.close();
    }
  }

  /** Commits pending changes and closes the index. */
  @Override
  public void close() throws IOException {
    refresher.shutdown();
    if (checkpointer != null) {
      checkpointer.shutdown();
    }
    try {
      // Let a refresh or checkpoint in progress finish rather than fail on a closing index.
      refresher.awaitTermination(10, TimeUnit.SECONDS);
      if (checkpointer != null) {
        checkpointer.awaitTermination(60, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      searchers.close();
      if (writer != null) {
        commit();
      }
    } finally {
      try {
        if (log != null) {
          log.close();
        }
      } finally {
        if (writer != null) {
          writer.close();
        }
        directory.close();
      }
    }
  }
}
