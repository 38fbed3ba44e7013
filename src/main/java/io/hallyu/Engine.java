package io.hallyu;

import io.hallyu.analysis.Analyzers;
import io.hallyu.analysis.HallyuAnalyzer;
import io.hallyu.article.ArticleFiles;
import io.hallyu.article.RawArticle;
import io.hallyu.article.SourceRecord;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import io.hallyu.index.ArticleIndex;
import io.hallyu.index.IngestSummary;
import io.hallyu.index.Ingester;
import io.hallyu.index.LiveWriter;
import io.hallyu.search.SearchService;
import io.hallyu.suggest.SuggestService;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;

/**
 * The search engine's parts wired together once: registry, analyzer, tagger, index and search.
 * Both the command line and the HTTP server run on one of these.
 */
public final class Engine implements Closeable {
  /** Demo articles written by the team, indexed when a server starts on an empty index. */
  public static final String SAMPLE_RESOURCE = "/io/hallyu/sample/articles.jsonl";

  private final ArtistRegistry registry;
  private final HallyuAnalyzer analyzer;
  private final ArtistTagger tagger;
  private final ArticleIndex index;
  private final SearchService search;
  private final LiveWriter writer;
  private final AtomicBoolean closed = new AtomicBoolean();
  private SuggestService suggest; // built on first use: the index and search commands never need it

  private Engine(ArtistRegistry registry, ArticleIndex index, HallyuAnalyzer analyzer,
      boolean writable) {
    this.registry = registry;
    this.analyzer = analyzer;
    this.tagger = new ArtistTagger(registry);
    this.index = index;
    this.search = new SearchService(index, registry, analyzer);
    this.writer = writable ? new LiveWriter(index, tagger) : null;
  }

  /** Opens the index in {@code dir} with the bundled registry. */
  public static Engine open(Path dir) throws IOException {
    return open(dir, ArtistRegistry.bundled());
  }

  public static Engine open(Path dir, ArtistRegistry registry) throws IOException {
    HallyuAnalyzer analyzer = Analyzers.forRegistry(registry);
    return new Engine(registry, ArticleIndex.open(dir, analyzer), analyzer, true);
  }

  /** Opens an existing index for searching only, beside a server that may be writing it. */
  public static Engine openReadOnly(Path dir) throws IOException {
    ArtistRegistry registry = ArtistRegistry.bundled();
    return new Engine(registry, ArticleIndex.openReadOnly(dir), Analyzers.forRegistry(registry),
        false);
  }

  public ArtistRegistry registry() {
    return registry;
  }

  public HallyuAnalyzer analyzer() {
    return analyzer;
  }

  public ArtistTagger tagger() {
    return tagger;
  }

  public ArticleIndex index() {
    return index;
  }

  public SearchService search() {
    return search;
  }

  /** Whether this engine can write (it was not opened read-only). */
  public boolean isWritable() {
    return writer != null;
  }

  /**
   * Durable single writes into the running index, for the HTTP API.
   *
   * @throws IllegalStateException when the engine was opened read-only
   */
  public LiveWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("index was opened read-only");
    }
    return writer;
  }

  /**
   * Search-as-you-type over this engine's registry and index, built on the first call.
   *
   * @throws UncheckedIOException when the index cannot be read for artist counts
   */
  public synchronized SuggestService suggest() {
    if (suggest == null) {
      try {
        suggest = new SuggestService(registry, index);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the index for suggestions", e);
      }
    }
    return suggest;
  }

  /** A new ingestion run using every core. */
  public Ingester ingester() throws IOException {
    return new Ingester(index, tagger, Runtime.getRuntime().availableProcessors());
  }

  /** Indexes the bundled sample corpus, commits, and makes it searchable. */
  public IngestSummary indexSample() throws IOException {
    try (InputStream in = Engine.class.getResourceAsStream(SAMPLE_RESOURCE);
        Ingester ingester = ingester()) {
      if (in == null) {
        throw new IOException("sample corpus resource missing: " + SAMPLE_RESOURCE);
      }
      ArticleFiles.read("sample/articles.jsonl", in, ingester);
      IngestSummary summary = ingester.finish();
      index.commit();
      index.refresh();
      return summary;
    }
  }

  /**
   * Indexes articles from one source ({@code source} names it in rejections; entries are
   * numbered from 1), commits so they survive a crash, and makes them searchable.
   */
  public IngestSummary indexDurably(String source, List<RawArticle> articles) throws IOException {
    try (Ingester ingester = ingester()) {
      for (int i = 0; i < articles.size(); i++) {
        ingester.accept(SourceRecord.ok(source, i + 1, articles.get(i)));
      }
      IngestSummary summary = ingester.finish();
      index.commit();
      index.refresh();
      return summary;
    }
  }

  /** Commits what writers wait for, then commits and closes the index. Safe to call twice. */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (writer != null) {
      writer.close();
    }
    index.close();
  }
}
