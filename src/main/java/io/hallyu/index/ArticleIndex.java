package io.hallyu.index;

import io.hallyu.article.Article;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * background thread that refreshes it, so searches never wait for a refresh.
 */
public final class ArticleIndex implements Closeable {
  static final long REFRESH_MILLIS = 200;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final ScheduledExecutorService refresher;
  private volatile IndexListener listener = IndexListener.NONE;

  private ArticleIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer == null
        ? new SearcherManager(directory, FacetedSearcher.factory(facetsConfig))
        : new SearcherManager(writer, FacetedSearcher.factory(facetsConfig));
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Opens (creating if needed) the index in {@code dir}.
   *
   * @throws IndexInUseException when another process has it open for writing
   */
  public static ArticleIndex open(Path dir, Analyzer analyzer) throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(128);
    try {
      return new ArticleIndex(directory, new IndexWriter(directory, config));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexInUseException("index directory " + dir.toAbsolutePath()
          + " is already open in another process (server or indexer); stop it or use --index", e);
    }
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
    return new ArticleIndex(directory, null);
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

  /** Adds the article or replaces the one with its id. */
  public void upsert(Article article) throws IOException {
    writable();
    Document doc = facetsConfig.build(Schema.toDocument(article));
    writer.updateDocument(new Term(Schema.ID, article.id()), doc);
    listener.indexed();
  }

  /** Deletes by id; returns whether a document with that id existed. */
  public boolean delete(String id) throws IOException {
    writable();
    boolean existed = exists(id);
    writer.deleteDocuments(new Term(Schema.ID, id));
    return existed;
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
   * Makes every change so far durable.
   *
   * @return the sequence number of the last update the commit holds: every update numbered up
   *     to it is durable
   */
  public long commit() throws IOException {
    writable();
    long start = System.nanoTime();
    long sequence = writer.commit();
    listener.committed(System.nanoTime() - start);
    return sequence;
  }

  /**
   * The highest sequence number of any completed update. Read it after your own updates: a
   * commit that reaches it holds them.
   */
  public long completedSequence() {
    writable();
    return writer.getMaxCompletedSequenceNumber();
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

  public FacetedSearcher acquire() throws IOException {
    return (FacetedSearcher) searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Documents in the latest refreshed view. */
  public int documentCount() throws IOException {
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
    try {
      long start = System.nanoTime();
      searchers.maybeRefresh();
      listener.refreshed(System.nanoTime() - start);
    } catch (IOException | RuntimeException e) {
      System.err.println("index refresh failed: " + e);
    }
  }

  /** Commits pending changes and closes the index. */
  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      searchers.close();
      if (writer != null) {
        commit();
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
      directory.close();
    }
  }
}
