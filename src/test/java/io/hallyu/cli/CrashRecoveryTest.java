package io.hallyu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.http.HttpTestClient;
import io.hallyu.http.HttpTestClient.Answer;
import io.hallyu.index.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in its own JVM, killed with SIGKILL at a random moment while several clients
 * stream articles (new ones and updates), three times over. After each kill the disk (the last
 * commit and the write-ahead log, as the next open recovers them), and after each restart the
 * server, must hold every acknowledged article exactly once, at its acknowledged version or a
 * later one that was sent.
 */
class CrashRecoveryTest {
  static final String TOKEN = "crash-test-token";
  static final long SEED = Long.getLong("crash.seed", System.nanoTime());
  static final int ROUNDS = 3;
  static final int WRITERS = 4;
  static final int BATCH = 25;
  @TempDir Path tmp;

  /** Highest version acknowledged, and highest version sent, per id. */
  final Map<String, Integer> acked = new ConcurrentHashMap<>();
  final Map<String, Integer> sent = new ConcurrentHashMap<>();

  @Test
  void every_acknowledged_article_survives_sigkill_exactly_once() throws Exception {
    Random random = new Random(SEED);
    Path dir = tmp.resolve("index");
    int baseline = 0;
    long start = System.nanoTime();
    for (int round = 1; round <= ROUNDS; round++) {
      try (ServerProcess server = ServerProcess.start(dir, TOKEN)) {
        HttpTestClient http = new HttpTestClient(server.awaitPort());
        if (round == 1) {
          baseline = http.get("/health").json().get("documents").asInt();
        } else {
          checkServer(http, baseline, random, 300);
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        CountDownLatch streaming = new CountDownLatch(WRITERS);
        long roundStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          writers.add(pool.submit(writer(http, round, w, stop, requests, streaming,
              new Random(random.nextLong()))));
        }
        // Kill at a random moment once every writer streams (the first batches warm the JVM up).
        assertTrue(streaming.await(60, TimeUnit.SECONDS), "writers never got an answer");
        long warmMillis = (System.nanoTime() - roundStart) / 1_000_000;
        Thread.sleep(300 + random.nextInt(2500));
        int exit = server.kill();
        stop.set(true);
        for (Future<?> f : writers) {
          f.get();
        }
        pool.shutdown();
        assertEquals(ServerProcess.SIGKILL_EXIT, exit, "killed by SIGKILL");
        int committed = documentsCommitted(dir);
        // What the server's next start does first: replay the log beyond the last commit.
        Engine.openForBulkLoad(dir).close();
        int onDisk = checkDisk(dir, baseline);
        System.out.printf("crash round %d: SIGKILL after %d requests (first answers after %d ms);"
            + " %d ids acknowledged so far; %d documents in the last commit, %d after replaying"
            + " the write-ahead log%n", round, requests.get(), warmMillis, acked.size(),
            committed, onDisk);
      }
    }
    try (ServerProcess server = ServerProcess.start(dir, TOKEN)) {
      HttpTestClient http = new HttpTestClient(server.awaitPort());
      checkServer(http, baseline, random, Integer.MAX_VALUE);
      int exit = server.terminate();
      System.out.printf("crash test: seed %d, %d ids acknowledged across %d kills, all found once;"
          + " final SIGTERM exit code %d; %d ms%n", SEED, acked.size(), ROUNDS, exit,
          (System.nanoTime() - start) / 1_000_000);
    }
    checkDisk(dir, baseline);
  }

  /** Streams batches until the server dies: new articles, and updates of its own earlier ones. */
  private java.util.concurrent.Callable<Void> writer(HttpTestClient http, int round, int w,
      AtomicBoolean stop, AtomicInteger requests, CountDownLatch streaming, Random random) {
    return () -> {
      List<String> mine = new ArrayList<>();
      for (int n = 0; !stop.get(); n++) {
        StringBuilder body = new StringBuilder();
        Map<String, Integer> batch = new HashMap<>();
        for (int i = 0; i < BATCH; i++) {
          String id;
          if (!mine.isEmpty() && random.nextInt(5) == 0) {
            id = mine.get(random.nextInt(mine.size()));
          } else {
            id = "r" + round + "-w" + w + "-" + n + "-" + i;
          }
          int version = sent.merge(id, 1, Integer::sum);
          batch.put(id, version);
          body.append("{\"id\":\"").append(id).append("\",\"title\":\"crash ").append(id)
              .append(" v").append(version).append("\",\"body\":\"Article ").append(id)
              .append(" streamed while the server may die at any moment.\",")
              .append("\"date\":\"2024-02-04\",\"outlet\":\"Crash Wire\"}\n");
        }
        Answer a;
        try {
          a = http.post("/api/articles", "application/x-ndjson", body.toString(), TOKEN);
        } catch (java.io.IOException e) {
          return null; // the server died with this request in flight: not acknowledged
        }
        requests.incrementAndGet();
        streaming.countDown();
        assertEquals(200, a.status(), a.body());
        assertEquals(BATCH, a.json().get("indexed").asInt(), a.body());
        batch.forEach((id, version) -> acked.merge(id, version, Math::max));
        for (String id : batch.keySet()) {
          if (!mine.contains(id)) {
            mine.add(id);
          }
        }
      }
      return null;
    };
  }

  /**
   * Reads the last commit directly: no id twice, every acknowledged id present at a version
   * between its acknowledged and its last sent one, nothing that was never sent.
   */
  private int checkDisk(Path dir, int baseline) throws Exception {
    Map<String, Integer> versions = new HashMap<>();
    int documents = 0;
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          documents++;
          var document = stored.document(doc);
          String id = document.get(Schema.ID);
          String title = document.get(Schema.TITLE);
          assertNotNull(id, "a document without an id");
          assertNotNull(title, "half-written document " + id);
          int version = id.startsWith("r") ? Integer.parseInt(title.substring(title.lastIndexOf(" v") + 2)) : 0;
          assertTrue(versions.put(id, version) == null, "duplicate id " + id);
        }
      }
    }
    for (Map.Entry<String, Integer> e : acked.entrySet()) {
      Integer found = versions.get(e.getKey());
      assertNotNull(found, "acknowledged " + e.getKey() + " lost (seed " + SEED + ")");
      assertTrue(found >= e.getValue() && found <= sent.get(e.getKey()),
          e.getKey() + " at v" + found + ", acknowledged v" + e.getValue());
    }
    long streamed = versions.keySet().stream().filter(id -> id.startsWith("r")).count();
    for (String id : versions.keySet()) {
      assertTrue(!id.startsWith("r") || sent.containsKey(id), "never sent: " + id);
    }
    assertEquals(baseline + streamed, documents);
    return documents;
  }

  private static int documentsCommitted(Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.numDocs();
    }
  }

  /** The restarted server answers for acknowledged ids and counts what the disk holds. */
  private void checkServer(HttpTestClient http, int baseline, Random random, int sample)
      throws Exception {
    List<String> ids = new ArrayList<>(acked.keySet());
    java.util.Collections.shuffle(ids, random);
    for (String id : ids.subList(0, Math.min(sample, ids.size()))) {
      Answer a = http.get("/api/articles/" + id);
      assertEquals(200, a.status(), "acknowledged " + id + " not served after restart");
      String title = a.json().get("title").asText();
      assertTrue(Integer.parseInt(title.substring(title.lastIndexOf(" v") + 2)) >= acked.get(id));
    }
    int documents = http.get("/health").json().get("documents").asInt();
    assertTrue(documents >= baseline + acked.size(), documents + " documents");
  }
}
