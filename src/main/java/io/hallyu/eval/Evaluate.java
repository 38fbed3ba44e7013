package io.hallyu.eval;

import io.hallyu.article.Article;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.search.QueryFactory;
import io.hallyu.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Runs the Korean relevance set (TyDi QA gold passages, BEIR layout) through each configuration:
 * an in-memory BM25 index per configuration, the top 100 for every judged question, and MRR@10,
 * nDCG@10, Recall@10 and Recall@100 for each split.
 *
 * <pre>java -cp target/hallyu-search.jar io.hallyu.eval.Evaluate [--corpus DIR]</pre>
 */
public final class Evaluate {
  public static final String SET_NAME = "ko_tydiqa_goldp";
  public static final List<String> SPLITS = List.of("dev", "train");
  static final int DEPTH = 100;

  /** One configuration's scores, by split. */
  public record Result(String name, Map<String, Metrics.Summary> bySplit) {}

  private Evaluate() {}

  public static void main(String[] args) throws IOException {
    Path dir = null;
    boolean tune = false;
    boolean pathOnly = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--tune")) {
        tune = true;
      } else if (args[i].equals("--tune-path")) {
        pathOnly = true;
      } else if (args[i].equals("--corpus") && i + 1 < args.length) {
        dir = Path.of(args[++i]);
      } else {
        System.err.println("usage: Evaluate [--corpus DIR] [--tune]   (DIR holds corpus.jsonl, queries.jsonl, qrels/)");
        System.exit(2);
      }
    }
    if (dir == null) {
      dir = defaultDir();
    }
    if (!Files.isRegularFile(dir.resolve("corpus.jsonl"))) {
      System.err.println("no BEIR set at " + dir.toAbsolutePath() + " (use --corpus DIR)");
      System.exit(1);
    }
    BeirSet set = BeirSet.load(dir, SPLITS);
    ArtistRegistry registry = ArtistRegistry.bundled();
    List<Result> results = new ArrayList<>();
    if (pathOnly) {
      results.addAll(runDefaultPath(set, WEIGHT_GRID));
    } else if (tune) {
      results.addAll(runDefaultPath(set, WEIGHT_GRID));
      results.addAll(run(set, Configurations.tuning(registry)));
    } else {
      results.addAll(run(set, Configurations.baselines()));
      results.addAll(runDefaultPath(set, Map.of(DEFAULT_PATH, QueryFactory.Weights.DEFAULT)));
      results.addAll(run(set, Configurations.ablations(registry)));
    }
    print(results, System.out);
  }

  /** The row name of the server's own search, as {@code GET /api/search} runs it. */
  public static final String DEFAULT_PATH = "Hallyu (GET /api/search default path)";

  /** The ranking weights tried on train for the default path, one knob at a time. */
  static final Map<String, QueryFactory.Weights> WEIGHT_GRID = weightGrid();

  private static Map<String, QueryFactory.Weights> weightGrid() {
    QueryFactory.Weights d = QueryFactory.Weights.DEFAULT;
    Map<String, QueryFactory.Weights> grid = new LinkedHashMap<>();
    grid.put("path: default", d);
    grid.put("path: relaxed enough 30", d.withEnough(d.enough(), 30));
    grid.put("path: relaxed enough 1000", d.withEnough(d.enough(), 1000));
    grid.put("path: enough 5", d.withEnough(5, 100));
    grid.put("path: enough 20", d.withEnough(20, 100));
    grid.put("path: enough 3", d.withEnough(3, 100));
    grid.put("path: no proximity", d.withProximity(0f, d.phraseSlop(), 0f));
    grid.put("path: phrase 2, pairs 1", d.withProximity(2f, d.phraseSlop(), 1f));
    grid.put("path: all-words bonus 3", d.withAllWordsBonus(3f));
    grid.put("path: all-words bonus 30", d.withAllWordsBonus(30f));
    grid.put("path: relaxed parts all required", d.withRelaxation(d.relaxedShare(), true));
    return grid;
  }

  /**
   * Indexes the passages once, as articles into an index on disk, and ranks the questions through
   * the server's search service with each of these weights ({@link QueryFactory.Weights#DEFAULT}
   * is exactly the server's path).
   */
  public static List<Result> runDefaultPath(BeirSet set, Map<String, QueryFactory.Weights> weights)
      throws IOException {
    List<Result> results = new ArrayList<>();
    try (DefaultPath path = DefaultPath.ofArticles(set.passages().stream().map(p ->
        new Article(p.id(), p.title(), p.text(), null, null, null, "ko", List.of())))) {
      for (Map.Entry<String, QueryFactory.Weights> w : weights.entrySet()) {
        SearchService service = w.getValue().equals(QueryFactory.Weights.DEFAULT)
            ? path.service() : path.service(w.getValue());
        Map<String, Metrics.Summary> bySplit = new LinkedHashMap<>();
        for (String split : set.qrelsBySplit().keySet()) {
          Map<String, Map<String, Integer>> qrels = set.qrels(split);
          Map<String, List<String>> rankings = new HashMap<>();
          for (String qid : qrels.keySet()) {
            String text = set.queries().get(qid);
            if (text != null) {
              rankings.put(qid, DefaultPath.ranked(service, text, DEPTH));
            }
          }
          bySplit.put(split, Metrics.Summary.of(qrels, rankings));
        }
        results.add(new Result(w.getKey(), bySplit));
      }
    }
    return results;
  }

  /** {@code $HALLYU_CORPUS_DIR/ko_tydiqa_goldp}, else {@code ../shared/corpus/ko_tydiqa_goldp}. */
  public static Path defaultDir() {
    String env = System.getenv("HALLYU_CORPUS_DIR");
    Path corpus = env == null || env.isBlank() ? Path.of("..", "shared", "corpus") : Path.of(env);
    return corpus.resolve(SET_NAME);
  }

  /** Runs the configurations side by side (one index each, so they run in parallel). */
  public static List<Result> run(BeirSet set, List<Retrieval> configurations) throws IOException {
    try {
      return configurations.parallelStream().map(r -> {
        try {
          return run(set, r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Indexes the passages with {@code r}, then ranks the questions of every split. */
  public static Result run(BeirSet set, Retrieval r) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(r.analyzer()))) {
        for (BeirSet.Passage p : set.passages()) {
          writer.addDocument(r.document().apply(p));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Map<String, Metrics.Summary> bySplit = new LinkedHashMap<>();
        Map<String, List<String>> cache = new HashMap<>();
        for (String split : set.qrelsBySplit().keySet()) {
          Map<String, Map<String, Integer>> qrels = set.qrels(split);
          Map<String, List<String>> rankings = new HashMap<>();
          for (String qid : qrels.keySet()) {
            String text = set.queries().get(qid);
            if (text == null) {
              continue; // judged but unknown: scores 0, as a miss
            }
            List<String> ranked = cache.get(qid);
            if (ranked == null) {
              ranked = new ArrayList<>(DEPTH);
              for (ScoreDoc sd : searcher.search(r.query().apply(text), DEPTH).scoreDocs) {
                ranked.add(stored.document(sd.doc, Set.of(Configurations.ID)).get(Configurations.ID));
              }
              cache.put(qid, ranked);
            }
            rankings.put(qid, ranked);
          }
          bySplit.put(split, Metrics.Summary.of(qrels, rankings));
        }
        return new Result(r.name(), bySplit);
      }
    }
  }

  /** An aligned table: one row per configuration and split. */
  public static void print(List<Result> results, PrintStream out) {
    int width = Math.max("configuration".length(),
        results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    String row = "%-" + width + "s  %-5s  %7s  %7s  %7s  %7s  %7s%n";
    for (String split : SPLITS) {
      out.printf(Locale.ROOT, row, "configuration", "split", "queries", "MRR@10", "nDCG@10",
          "R@10", "R@100");
      for (Result r : results) {
        Metrics.Summary s = r.bySplit().get(split);
        if (s != null) {
          out.printf(Locale.ROOT, row, r.name(), split, s.queries(), f(s.mrr10()), f(s.ndcg10()),
              f(s.recall10()), f(s.recall100()));
        }
      }
      out.println();
    }
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
