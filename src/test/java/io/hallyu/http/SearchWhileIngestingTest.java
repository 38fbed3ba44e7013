package io.hallyu.http;

import static io.hallyu.http.HttpTestClient.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.http.HttpTestClient.Answer;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches at full speed from several threads while articles stream in through the API. */
class SearchWhileIngestingTest {
  static final String TOKEN = "concurrency-test-token";
  static final long RUN_MILLIS = 8_000;
  static final int SEARCHERS = 4;
  static final int WRITERS = 3;
  static final int BATCH = 20;
  /** Heap growth allowed after GC: the index's RAM buffer and searcher caches, not a leak. */
  static final long MAX_HEAP_GROWTH = 96L << 20;
  @TempDir static Path dir;
  static Engine engine;
  static Javalin app;
  static HttpTestClient http;
  static int sampleSize;

  @BeforeAll
  static void start() throws Exception {
    engine = Engine.open(dir);
    sampleSize = engine.indexSample().indexed();
    app = HttpServer.create(engine, Settings.defaults().withAdminToken(TOKEN)).start(0);
    http = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static final String[] WORDS = {"concert", "album", "tour", "IU", "뷔", "방탄소년단", "BLACKPINK",
      "\"world tour\"", "stream -album", "chart OR award", "seoul", "콘서트"};

  static String batch(int writer, int n) {
    StringBuilder sb = new StringBuilder();
    String[] artists = {"IU", "BTS", "BLACKPINK", "TWICE", "NewJeans"};
    for (int i = 0; i < BATCH; i++) {
      String id = "cc-" + writer + "-" + n + "-" + i;
      String artist = artists[(n + i) % artists.length];
      sb.append("{\"id\":\"").append(id).append("\",\"title\":\"").append(artist)
          .append(" concert news ").append(id).append("\",\"body\":\"").append(artist)
          .append(" announced a world tour and a new album; the concert in Seoul sold out.\",")
          .append("\"date\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10)
          .append("\",\"outlet\":\"Wire ").append(writer).append("\",\"lang\":\"en\"}\n");
    }
    return sb.toString();
  }

  @Test
  void searches_never_fail_and_stay_consistent_while_ingesting_with_bounded_memory()
      throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = heapAfterGc(memory);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong acked = new AtomicLong();
    AtomicInteger searches = new AtomicInteger();
    Queue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + WRITERS);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      futures.add(pool.submit(() -> {
        for (int n = 0; !stop.get(); n++) {
          Answer a = http.post("/api/articles", "application/x-ndjson", batch(writer, n), TOKEN);
          if (a.status() != 200 || a.json().get("indexed").asInt() != BATCH) {
            problems.add("write " + a.status() + " " + a.body());
            return null;
          }
          acked.addAndGet(BATCH);
        }
        return null;
      }));
    }
    for (int s = 0; s < SEARCHERS; s++) {
      int seed = s;
      futures.add(pool.submit(() -> {
        Random random = new Random(seed);
        long lastTotal = 0;
        while (!stop.get()) {
          // Only adding: the total over everything must never go down for one client.
          Answer all = http.get("/api/search?size=20");
          if (all.status() != 200) {
            problems.add("search " + all.status() + " " + all.body());
            continue;
          }
          long total = all.json().get("total").asLong();
          if (total < lastTotal) {
            problems.add("total went down from " + lastTotal + " to " + total);
          }
          lastTotal = total;
          checkHits(all.json(), problems);
          String q = WORDS[random.nextInt(WORDS.length)];
          String extra = switch (random.nextInt(4)) {
            case 0 -> "&artist=IU";
            case 1 -> "&sort=newest&lang=en";
            case 2 -> "&from=2024-01-01&to=2024-06-30&page=2";
            default -> "&outlet=" + enc("Wire 1");
          };
          Answer a = http.get("/api/search?q=" + enc(q) + extra);
          if (a.status() != 200) {
            problems.add("search " + q + extra + " → " + a.status() + " " + a.body());
          } else {
            checkHits(a.json(), problems);
          }
          searches.addAndGet(2);
        }
        return null;
      }));
    }
    long heapPeak = 0;
    long end = System.currentTimeMillis() + RUN_MILLIS;
    while (System.currentTimeMillis() < end && problems.isEmpty()) {
      Thread.sleep(500);
      heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
    }
    stop.set(true);
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    long heapAfter = heapAfterGc(memory);
    System.out.printf("concurrency: %d searches and %d articles in %d ms, no failures: %s; "
        + "heap after GC %d MB → %d MB (peak %d MB)%n", searches.get(), acked.get(), RUN_MILLIS,
        problems.isEmpty(), heapBefore >> 20, heapAfter >> 20, heapPeak >> 20);
    assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.peek());
    assertTrue(searches.get() > 100, "searches ran: " + searches.get());
    assertTrue(acked.get() >= 10 * BATCH, "articles written: " + acked.get());
    assertTrue(heapAfter - heapBefore < MAX_HEAP_GROWTH,
        "heap grew " + ((heapAfter - heapBefore) >> 20) + " MB");

    // Every acknowledged article is there, once, within a second.
    long expected = sampleSize + acked.get();
    long deadline = System.currentTimeMillis() + 1000;
    long total;
    do {
      total = http.get("/api/search?size=1").json().get("total").asLong();
    } while (total != expected && System.currentTimeMillis() < deadline);
    assertEquals(expected, total);
  }

  /** Every hit carries every stored field the writers sent. */
  private static void checkHits(JsonNode r, Queue<String> problems) {
    for (JsonNode h : r.get("hits")) {
      if (!h.get("id").asText().startsWith("cc-")) {
        continue;
      }
      for (String f : List.of("id", "title", "date", "outlet", "lang")) {
        if (h.get(f) == null || h.get(f).isNull() || h.get(f).asText().isBlank()) {
          problems.add("hit without " + f + ": " + h);
        }
      }
      if (!h.get("title").asText().endsWith(h.get("id").asText())) {
        problems.add("title of another article: " + h);
      }
    }
  }

  private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
