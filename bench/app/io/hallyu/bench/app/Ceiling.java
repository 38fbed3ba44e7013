package io.hallyu.bench.app;

import io.hallyu.Engine;
import io.hallyu.search.SearchRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-process ceiling: the benchmark queries run straight on the app's search service (its
 * Lucene IndexSearcher, facets, sorting and highlighting), with no HTTP and no JSON, from as
 * many threads as wrk uses. What the server reaches over HTTP is measured against this. The
 * engine is opened without the app's per-reader answer cache ({@code Engine.openReadOnlyUncached}):
 * with it, the rotating 200 queries would be answered from memory after the first round and the
 * "ceiling" would measure a hash lookup; compare it with the server's uncached run
 * ({@code HALLYU_SEARCH_CACHE=false}).
 *
 * <p>It runs in rounds, so that bench/run can alternate them with rounds of wrk against the
 * server and compare neighbours in time rather than two phases minutes apart on a shared machine:
 * each line read from standard input is a round's length in seconds; each round prints one line
 * of {@code key=value} pairs: requests, qps, p50, p90, p99, max (milliseconds). It ends at the
 * end of its input.
 *
 * <pre>Ceiling INDEX_DIR QUERIES THREADS &lt; rounds</pre>
 */
public final class Ceiling {
  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<SearchRequest> queries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) queries.add(parse(line.strip()));
    }
    int threads = Integer.parseInt(args[2]);
    BufferedReader rounds = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (Engine engine = Engine.openReadOnlyUncached(index)) {
      for (String round; (round = rounds.readLine()) != null; ) {
        if (round.isBlank()) continue;
        long t0 = System.nanoTime();
        long[] all = run(engine, queries, threads, Double.parseDouble(round.strip()));
        double took = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "requests=%d qps=%.1f p50=%.3f p90=%.3f p99=%.3f max=%.3f%n",
            all.length, all.length / took, pct(all, 50), pct(all, 90), pct(all, 99),
            all[all.length - 1] / 1e6);
        System.out.flush();
      }
    }
  }

  /** Runs the rotating query set on every thread for the given time; returns each latency (ns). */
  private static long[] run(Engine engine, List<SearchRequest> queries, int threads, double seconds)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    long[][] latencies = new long[threads][];
    Throwable[] failure = new Throwable[threads];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      final int slot = t;
      final int offset = t * queries.size() / threads; // threads start apart in the rotation
      Thread th = new Thread(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        try {
          for (int i = offset; !stop.get(); i++) {
            long s = System.nanoTime();
            engine.search().search(queries.get(i % queries.size()));
            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
            lat[n++] = System.nanoTime() - s;
          }
        } catch (Exception | Error e) {
          failure[slot] = e;
        }
        latencies[slot] = Arrays.copyOf(lat, n);
      });
      workers.add(th);
      th.start();
    }
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    for (Thread th : workers) th.join();
    for (Throwable f : failure) if (f != null) throw new IllegalStateException("query failed", f);
    return Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  /** A query line ({@code q=...&artist=...}) as the app's request, as its HTTP layer builds it. */
  static SearchRequest parse(String line) {
    String q = "";
    LocalDate from = null, to = null;
    int size = SearchRequest.DEFAULT_SIZE;
    List<String> artists = new ArrayList<>(), outlets = new ArrayList<>(), langs = new ArrayList<>();
    for (String pair : line.split("&")) {
      int eq = pair.indexOf('=');
      String k = pair.substring(0, eq);
      String v = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      switch (k) {
        case "q" -> q = v;
        case "artist" -> artists.add(v);
        case "outlet" -> outlets.add(v);
        case "lang" -> langs.add(v);
        case "from" -> from = LocalDate.parse(v);
        case "to" -> to = LocalDate.parse(v);
        case "size" -> size = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown parameter " + k);
      }
    }
    return new SearchRequest(q, artists, outlets, langs, from, to, null, 1, size);
  }
}
