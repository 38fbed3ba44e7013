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
 * Feeds Solr documents (one JSON object a line, as {@code Enrich} writes them) through Solr's JSON
 * update API with several client threads (one per core by default), then commits; prints
 * {@code docs=N seconds=S} for bench/run.
 *
 * <pre>SolrIndexer --url http://127.0.0.1:PORT/solr/articles --docs FILE [--threads 2] [--batch 1000]</pre>
 */
public final class SolrIndexer {
  private static final List<String> POISON = List.of();

  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    String url = a.get("--url", null);
    Path corpus = Path.of(a.get("--docs", null));
    int threads = Integer.parseInt(a.get("--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
    int batchSize = Integer.parseInt(a.get("--batch", "1000"));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    long t0 = System.nanoTime();
    BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      senders.add(pool.submit(() -> {
        int sent = 0;
        for (List<String> batch; (batch = queue.take()) != POISON; ) {
          post(http, url + "/update", "[" + String.join(",", batch) + "]");
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
    post(http, url + "/update?commit=true&waitSearcher=true", "[]");
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "docs=%d seconds=%.3f%n", total, seconds);
  }

  private static void post(HttpClient http, String url, String body) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IOException("Solr update failed: HTTP " + res.statusCode() + ": " + res.body());
    }
  }
}
