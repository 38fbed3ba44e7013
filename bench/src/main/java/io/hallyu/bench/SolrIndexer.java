package io.hallyu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Feeds documents (one JSON object a line) to a running server with several client threads (one
 * per core by default), batch by batch, and prints {@code docs=N seconds=S} for bench/run.
 *
 * <ul>
 *   <li>{@code --target solr} (default): Solr's JSON update API ({@code URL/update}, a JSON array
 *       a batch, acknowledged once in Solr's update log), then one commit that also opens a new
 *       searcher; done when the commit returns.</li>
 *   <li>{@code --target ours}: Hallyu Search's write API ({@code URL/api/articles}, NDJSON a
 *       batch, {@code Authorization: Bearer $HALLYU_ADMIN_TOKEN}), acknowledged once fsynced in
 *       the app's write-ahead log; then one {@code GET /health}, whose document count refreshes
 *       the searcher over everything written (what Solr's final commit does); done when it
 *       answers.</li>
 * </ul>
 *
 * <pre>SolrIndexer --url URL --docs FILE [--target solr|ours] [--threads 2] [--batch 1000]</pre>
 */
public final class SolrIndexer {
  private static final List<String> POISON = List.of();

  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    String url = a.get("--url", null);
    Path corpus = Path.of(a.get("--docs", null));
    int threads = Integer.parseInt(a.get("--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
    int batchSize = Integer.parseInt(a.get("--batch", "1000"));
    boolean ours = a.get("--target", "solr").equals("ours");
    String token = System.getenv("HALLYU_ADMIN_TOKEN");
    if (ours && (token == null || token.isBlank())) {
      throw new IllegalArgumentException("--target ours needs HALLYU_ADMIN_TOKEN in the environment");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    long t0 = System.nanoTime();
    BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      senders.add(pool.submit(() -> {
        int sent = 0;
        for (List<String> batch; (batch = queue.take()) != POISON; ) {
          if (ours) {
            post(http, url + "/api/articles", String.join("\n", batch) + "\n", "application/x-ndjson", token);
          } else {
            post(http, url + "/update", "[" + String.join(",", batch) + "]", "application/json", null);
          }
          sent += batch.size();
        }
        return sent;
      }));
    }
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      List<String> batch = new ArrayList<>(batchSize);
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        batch.add(line);
        if (batch.size() == batchSize) {
          queue.put(batch);
          batch = new ArrayList<>(batchSize);
        }
      }
      if (!batch.isEmpty()) queue.put(batch);
    }
    for (int t = 0; t < threads; t++) queue.put(POISON);
    int total = 0;
    for (Future<Integer> f : senders) total += f.get();
    pool.shutdown();
    if (ours) {
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      if (health.statusCode() != 200) {
        throw new IOException("health failed: HTTP " + health.statusCode() + ": " + health.body());
      }
    } else {
      post(http, url + "/update?commit=true&waitSearcher=true", "[]", "application/json", null);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "docs=%d seconds=%.3f%n", total, seconds);
  }

  private static void post(HttpClient http, String url, String body, String type, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) req.header("Authorization", "Bearer " + token);
    HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IOException("update failed: HTTP " + res.statusCode() + " from " + url + ": " + res.body());
    }
    if (token != null && res.body().contains("\"rejected\":[{")) {
      throw new IOException("the app rejected records: " + res.body().substring(0, Math.min(500, res.body().length())));
    }
  }
}
