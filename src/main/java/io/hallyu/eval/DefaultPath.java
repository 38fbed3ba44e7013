package io.hallyu.eval;

import io.hallyu.Engine;
import io.hallyu.article.Article;
import io.hallyu.article.ArticleFiles;
import io.hallyu.artist.ArtistTagger;
import io.hallyu.index.Ingester;
import io.hallyu.search.QueryFactory;
import io.hallyu.search.SearchRequest;
import io.hallyu.search.SearchResponse;
import io.hallyu.search.SearchService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway index on disk, searched exactly as {@code GET /api/search?q=...} searches by default:
 * the engine a server opens, its {@link SearchService} with its answer cache, the default request
 * (no filters, relevance). Only the page size differs, to read rankings deeper than one page.
 */
public final class DefaultPath implements Closeable {
  private final Path dir;
  private final Engine engine;

  private DefaultPath(Path dir) throws IOException {
    this.dir = dir;
    this.engine = Engine.openReadOnly(dir);
  }

  /** Indexes these article files as the {@code index} command does. */
  public static DefaultPath ofFiles(List<Path> files) throws IOException {
    Path dir = Files.createTempDirectory("hallyu-eval");
    try (Engine bulk = Engine.openForBulkLoad(dir); Ingester ingester = bulk.ingester()) {
      files.forEach(f -> ArticleFiles.read(f, ingester));
      ingester.finish();
      bulk.index().commit();
    }
    return new DefaultPath(dir);
  }

  /** Indexes these articles, tagging artists as the ingester does. */
  public static DefaultPath ofArticles(Stream<Article> articles) throws IOException {
    Path dir = Files.createTempDirectory("hallyu-eval");
    try (Engine bulk = Engine.openForBulkLoad(dir)) {
      ArtistTagger tagger = bulk.tagger();
      for (Article a : (Iterable<Article>) articles::iterator) {
        bulk.index().upsert(a.withArtists(tagger.merge(a.artists(), a.title(), a.body())));
      }
      bulk.index().commit();
    }
    return new DefaultPath(dir);
  }

  public Engine engine() {
    return engine;
  }

  /** The server's search service. */
  public SearchService service() {
    return engine.search();
  }

  /** The server's search path with other ranking weights, for tuning rows. */
  public SearchService service(QueryFactory.Weights weights) {
    return new SearchService(engine.index(), engine.registry(), engine.analyzer(), true, weights);
  }

  /** The answer to {@code query} with {@code size} hits on its first page. */
  public static SearchResponse search(SearchService service, String query, int size)
      throws IOException {
    return service.search(new SearchRequest(query, List.of(), List.of(), List.of(), null, null,
        null, 1, size));
  }

  /** The ids of the first {@code depth} hits (at most {@link SearchRequest#MAX_SIZE}). */
  public static List<String> ranked(SearchService service, String query, int depth)
      throws IOException {
    return search(service, query, depth).hits().stream().map(SearchResponse.Hit::id).toList();
  }

  @Override
  public void close() throws IOException {
    engine.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
