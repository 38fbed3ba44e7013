package io.hallyu.suggest;

import io.hallyu.Engine;
import io.hallyu.analysis.Hangul;
import io.hallyu.analysis.HangulKeyboard;
import io.hallyu.analysis.HangulRomanizer;
import io.hallyu.article.ArticleFiles;
import io.hallyu.artist.Artist;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.index.FacetedSearcher;
import io.hallyu.index.IngestSummary;
import io.hallyu.index.Ingester;
import io.hallyu.index.Schema;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.StoredFields;

/**
 * Server time of {@link SuggestService#suggest} for realistic typing, printed as percentiles.
 * Not a test: run it from the jar (see {@code bench/SUGGEST.md}):
 *
 * <pre>java -cp target/hallyu-search.jar io.hallyu.suggest.SuggestBenchmark [--small] [--corpus DIR | --index DIR]</pre>
 *
 * <p>It indexes the sample and every {@code *.jsonl} of the shared corpus into a temporary
 * index (or, with {@code --index}, opens an existing index read-only), registers the real artists plus generated variants of them (so that prefixes share
 * long key ranges, as a larger registry would), replays every keystroke of thousands of typed
 * sequences through the Java API once to warm up, then again timing each call. {@code --small}
 * indexes the sample only and replays a few hundred sequences, in seconds.
 */
public final class SuggestBenchmark {
  static final int FULL_ARTISTS = 4_000;
  static final int FULL_SEQUENCES = 3_000;
  static final int SMALL_ARTISTS = 1_500;
  static final int SMALL_SEQUENCES = 300;
  static final int SIZE = SuggestService.DEFAULT_SIZE;

  private static final String[] KO_SUFFIXES = {"걸즈", "보이즈", "유닛", "스페셜", "프로젝트", "투", "제이", "엑스"};
  private static final String[] EN_SUFFIXES = {"Girls", "Boys", "Unit", "Special", "Project", "Two", "J", "X"};

  private SuggestBenchmark() {}

  /** Percentiles in microseconds over {@code count} timed calls. */
  public record Result(int count, long p50, long p90, long p99, long max) {}

  public static void main(String[] args) throws Exception {
    boolean small = false;
    Path corpus = null;
    Path index = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--small" -> small = true;
        case "--corpus" -> corpus = i + 1 < args.length ? Path.of(args[++i]) : usage("--corpus needs a folder");
        case "--index" -> index = i + 1 < args.length ? Path.of(args[++i]) : usage("--index needs a folder");
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (index != null) {
      if (corpus != null) {
        usage("--corpus and --index exclude each other");
      }
      try {
        runOn(index, small, System.out);
      } catch (FileNotFoundException e) { // no index there (ArticleIndex.openReadOnly says so)
        usage(e.getMessage());
      }
      return;
    }
    if (corpus == null && !small) {
      String env = System.getenv("HALLYU_CORPUS_DIR");
      corpus = Path.of(env != null ? env : "../shared/corpus");
    }
    run(small, small ? null : corpus, System.out);
  }

  private static Path usage(String problem) {
    System.err.println("SuggestBenchmark: " + problem);
    System.err.println("usage: SuggestBenchmark [--small] [--corpus DIR | --index DIR]");
    System.exit(2);
    return null;
  }

  /**
   * Runs the benchmark in a temporary index and prints what it measured.
   *
   * @param corpus folder whose {@code *.jsonl} files are indexed besides the sample; null for none
   */
  public static Result run(boolean small, Path corpus, PrintStream out) throws IOException {
    Path dir = Files.createTempDirectory("suggest-bench");
    try (Engine engine = Engine.open(dir)) {
      header(small, out);
      long t = System.nanoTime();
      int rejected = index(engine, corpus);
      out.printf(Locale.ROOT, "index: %,d articles (sample%s), %,d records rejected, %.1f s%n",
          engine.index().documentCount(), corpus == null ? " only" : " + " + corpus + "/*.jsonl",
          rejected, (System.nanoTime() - t) / 1e9);
      return measure(engine, small, out);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Runs the benchmark over an existing index, opened read-only (the titles typed are its own). */
  public static Result runOn(Path index, boolean small, PrintStream out) throws IOException {
    try (Engine engine = Engine.openReadOnly(index)) {
      header(small, out);
      out.printf(Locale.ROOT, "index: %,d articles (existing index %s, read-only)%n",
          engine.index().documentCount(), index);
      return measure(engine, small, out);
    }
  }

  private static void header(boolean small, PrintStream out) {
    out.printf(Locale.ROOT, "Suggest benchmark (%s mode), %d CPUs, %s%n", small ? "small" : "full",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name")
            + " " + System.getProperty("java.version"));
  }

  private static Result measure(Engine engine, boolean small, PrintStream out) throws IOException {
    ArtistRegistry real = engine.registry();
    ArtistRegistry registry = withVariants(real, small ? SMALL_ARTISTS : FULL_ARTISTS);
    long t = System.nanoTime();
    ArtistSuggester artists = new ArtistSuggester(registry);
    out.printf(Locale.ROOT,
        "artists: %,d = %,d from the registry + %,d generated variants (name + suffix); %,d keys, built in %d ms%n",
        artists.artistCount(), real.artists().size(), artists.artistCount() - real.artists().size(),
        artists.keyCount(), (System.nanoTime() - t) / 1_000_000);
    SuggestService service = new SuggestService(artists, engine.index());

    Map<String, List<List<String>>> sequences = sequences(real, titles(engine),
        small ? SMALL_SEQUENCES : FULL_SEQUENCES, new Random(42));
    List<String> queries = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    StringBuilder mix = new StringBuilder();
    sequences.forEach((kind, list) -> {
      int before = queries.size();
      list.forEach(seq -> seq.forEach(q -> {
        queries.add(q);
        kinds.add(kind);
      }));
      mix.append(mix.length() == 0 ? "" : ", ").append(kind).append(' ')
          .append(list.size()).append('/').append(queries.size() - before);
    });
    out.printf(Locale.ROOT, "replay: %,d keystrokes from %,d sequences (kind sequences/keystrokes: %s)%n",
        queries.size(), sequences.values().stream().mapToInt(List::size).sum(), mix);

    long checksum = 0;
    for (String q : queries) { // warm-up: one untimed pass
      checksum += service.suggest(q, SIZE).suggestions().size();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    long[] micros = new long[queries.size()];
    long[] cpuMicros = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      checksum += service.suggest(queries.get(i), SIZE).suggestions().size();
      micros[i] = (System.nanoTime() - start) / 1_000;
      cpuMicros[i] = cpuTime ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000 : 0;
    }
    Result all = percentiles(micros);
    out.printf(Locale.ROOT, "server time per suggest(q, %d), µs: count=%,d p50=%d p90=%d p99=%d max=%d%n",
        SIZE, all.count(), all.p50(), all.p90(), all.p99(), all.max());
    if (cpuTime) { // wall time includes waiting for a CPU on a busy machine; CPU time does not
      Result cpu = percentiles(cpuMicros);
      out.printf(Locale.ROOT, "thread CPU time per call, µs:    count=%,d p50=%d p90=%d p99=%d max=%d%n",
          cpu.count(), cpu.p50(), cpu.p90(), cpu.p99(), cpu.max());
    }
    out.printf(Locale.ROOT, "load average at the end: %.1f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (String kind : sequences.keySet()) {
      long[] part = new long[micros.length];
      int n = 0;
      for (int i = 0; i < micros.length; i++) {
        if (kinds.get(i).equals(kind)) {
          part[n++] = micros[i];
        }
      }
      Result r = percentiles(Arrays.copyOf(part, n));
      out.printf(Locale.ROOT, "  wall, %-10s count=%,6d p50=%5d p90=%5d p99=%5d max=%6d%n", kind,
          r.count(), r.p50(), r.p90(), r.p99(), r.max());
    }
    out.printf(Locale.ROOT, "suggestions returned: %,d (checksum)%n", checksum);
    return all;
  }

  private static int index(Engine engine, Path corpus) throws IOException {
    int rejected = engine.indexSample().rejected().size();
    if (corpus == null) {
      return rejected;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no *.jsonl files in " + corpus.toAbsolutePath());
    }
    try (Ingester ingester = engine.ingester()) {
      for (Path f : files) {
        ArticleFiles.read(f, ingester);
      }
      IngestSummary s = ingester.finish();
      engine.index().commit();
      engine.index().refresh();
      return rejected + s.rejected().size();
    }
  }

  /** The registry plus variants of its artists ({@code 아이유 걸즈}, {@code IU Girls}) up to {@code total}. */
  static ArtistRegistry withVariants(ArtistRegistry real, int total) {
    List<Artist> base = real.artists().stream().sorted(Comparator.comparing(Artist::canonical)).toList();
    List<Artist> all = new ArrayList<>(base);
    for (int i = 0; all.size() < total; i++) {
      Artist a = base.get(i % base.size());
      int v = i / base.size() % KO_SUFFIXES.length;
      String ko = a.ko() == null ? null : a.ko() + " " + KO_SUFFIXES[v];
      String en = (a.en() == null ? a.canonical() : a.en()) + " " + EN_SUFFIXES[v];
      List<String> realNames = a.realNames().stream().map(n -> n + " " + KO_SUFFIXES[v]).toList();
      all.add(new Artist(a.canonical() + " " + EN_SUFFIXES[v] + " #" + i, a.kind(), ko, en, realNames,
          List.of(), a.groups(), List.of(), null, null));
    }
    return new ArtistRegistry(all);
  }

  private static List<String> titles(Engine engine) throws IOException {
    List<String> titles = new ArrayList<>();
    FacetedSearcher searcher = engine.index().acquire();
    try {
      StoredFields stored = searcher.storedFields();
      for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
        titles.add(stored.document(doc).get(Schema.TITLE));
      }
    } finally {
      engine.index().release(searcher);
    }
    titles.sort(Comparator.naturalOrder()); // segment order varies between runs
    return titles;
  }

  /** Keystroke sequences by kind; each sequence is every state of the search box while typing. */
  static Map<String, List<List<String>>> sequences(ArtistRegistry registry, List<String> titles,
      int count, Random random) {
    List<Artist> artists = registry.artists().stream() // sorted: the registry's order varies by run
        .sorted(Comparator.comparing(Artist::canonical)).toList();
    List<Artist> korean = artists.stream().filter(a -> a.ko() != null).toList();
    Map<String, List<List<String>>> byKind = new LinkedHashMap<>();
    int each = count / 6;
    for (int i = 0; i < each; i++) {
      String ko = korean.get(random.nextInt(korean.size())).ko();
      add(byKind, "hangul", imeStates(ko));
      ko = korean.get(random.nextInt(korean.size())).ko();
      add(byKind, "initials", prefixes(Hangul.initials(ko)));
      ko = korean.get(random.nextInt(korean.size())).ko();
      add(byKind, "qwerty", prefixes(HangulKeyboard.toQwertyKeys(ko)));
      ko = korean.get(random.nextInt(korean.size())).ko();
      add(byKind, "romanized", prefixes(HangulRomanizer.romanize(ko)));
      Artist a = artists.get(random.nextInt(artists.size()));
      add(byKind, "english", prefixes(a.en() != null ? a.en() : a.canonical()));
      add(byKind, "title", titleStates(titles.get(random.nextInt(titles.size()))));
    }
    return byKind;
  }

  private static void add(Map<String, List<List<String>>> byKind, String kind, List<String> seq) {
    if (!seq.isEmpty()) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(seq);
    }
  }

  private static List<String> prefixes(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= text.length(); i++) {
      out.add(text.substring(0, i));
    }
    return out;
  }

  /** What a 2-set input method shows after each key: 아, 앙 → 아이, 아잉 → 아이유 ... */
  private static List<String> imeStates(String hangul) {
    String keys = HangulKeyboard.toQwertyKeys(hangul);
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= keys.length(); i++) {
      out.add(HangulKeyboard.fromQwertyKeys(keys.substring(0, i)));
    }
    return out;
  }

  /** The first three words of a title, typed: key by key for Hangul, letter by letter else. */
  private static List<String> titleStates(String title) {
    String[] words = title.strip().split("\\s+");
    String text = String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
    boolean hangulOnly = !text.isEmpty() && text.chars().allMatch(c -> c == ' ' || (c >= 0xAC00 && c <= 0xD7A3));
    return hangulOnly ? imeStates(text) : prefixes(text);
  }

  static Result percentiles(long[] micros) {
    if (micros.length == 0) {
      return new Result(0, 0, 0, 0, 0);
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return new Result(sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  private static long at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
