package io.hallyu.http;

import static io.hallyu.http.HttpTestClient.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.http.HttpTestClient.Answer;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/articles} and {@code DELETE /api/articles/{id}} on a real server. */
class WriteApiTest {
  static final String TOKEN = "write-api-test-token";
  static final int LIMIT = 64 * 1024;
  @TempDir static Path dir;
  static Engine engine;
  static Javalin app;
  static HttpTestClient http;

  @BeforeAll
  static void start() throws Exception {
    engine = Engine.open(dir);
    app = HttpServer.create(engine, Settings.defaults().withAdminToken(TOKEN).withMaxBodyBytes(LIMIT))
        .start(0);
    http = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static Answer post(String contentType, String body) throws Exception {
    return http.post("/api/articles", contentType, body, TOKEN);
  }

  /** GETs {@code path} until it answers {@code status}: writes become visible within a second. */
  static Answer awaitVisible(String path, int status) throws Exception {
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (true) {
      Answer a = http.get(path);
      if (a.status() == status || System.nanoTime() > deadline) {
        assertEquals(status, a.status(), path + " within a second: " + a.body());
        return a;
      }
      Thread.sleep(10);
    }
  }

  static String article(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Body of " + title
        + ".\",\"date\":\"2024-05-01\",\"outlet\":\"Test Wire\"}";
  }

  @Test
  void one_object_an_array_and_ndjson_are_indexed_and_a_bad_record_rejects_only_itself()
      throws Exception {
    Answer one = post("application/json", article("w-one", "Single article"));
    assertEquals(200, one.status(), one.body());
    assertEquals(1, one.json().get("indexed").asInt());
    assertEquals("w-one", one.json().get("ids").get(0).asText());
    assertTrue(one.json().get("rejected").isEmpty());

    Answer array = post("application/json; charset=UTF-8", "[" + article("w-a1", "First")
        + ", 7, {\"title\": \"\", \"body\": \" \"}, {\"title\": \"Bad date\", \"date\": \"2024-02-30\"},"
        + article("w-a2", "Second") + "]");
    assertEquals(200, array.status(), array.body());
    assertEquals(2, array.json().get("indexed").asInt());
    JsonNode rejected = array.json().get("rejected");
    assertEquals(3, rejected.size(), array.body());
    assertEquals(1, rejected.get(0).get("index").asInt());
    assertTrue(rejected.get(0).get("error").asText().contains("expected a JSON object"));
    assertEquals(2, rejected.get(1).get("index").asInt());
    assertEquals("record has no title and no body", rejected.get(1).get("error").asText());
    assertEquals(3, rejected.get(2).get("index").asInt());
    assertTrue(rejected.get(2).get("error").asText().contains("impossible date"));

    String ndjson = article("w-n1", "Line one") + "\n\n{not json\n" + article("w-n2", "Line two") + "\n";
    Answer lines = post("application/x-ndjson", ndjson);
    assertEquals(200, lines.status(), lines.body());
    assertEquals(2, lines.json().get("indexed").asInt());
    assertEquals(1, lines.json().get("rejected").get(0).get("index").asInt());
    assertTrue(lines.json().get("rejected").get(0).get("error").asText().startsWith("invalid JSON"));

    for (String id : List.of("w-one", "w-a1", "w-a2", "w-n1", "w-n2")) {
      awaitVisible("/api/articles/" + id, 200);
    }
  }

  @Test
  void the_index_command_field_aliases_and_derived_ids_apply() throws Exception {
    Answer a = post("application/json", "{\"content\": \"A body only, about IU.\","
        + " \"published\": \"2024.03.01\", \"source\": \"Alias Times\", \"url\": \"https://x.example/iu\"}");
    assertEquals(200, a.status(), a.body());
    String id = a.json().get("ids").get(0).asText();
    assertTrue(id.startsWith("u-"), id);
    JsonNode stored = awaitVisible("/api/articles/" + enc(id), 200).json();
    assertEquals("Alias Times", stored.get("outlet").asText());
    assertEquals("2024-03-01", stored.get("date").asText());
    assertTrue(stored.get("artists").toString().contains("IU"), stored.toString());
  }

  @Test
  void reposting_an_id_replaces_the_article() throws Exception {
    post("application/json", article("w-re", "Old title"));
    post("application/json", article("w-re", "New title"));
    engine.index().refresh();
    assertEquals("New title", http.get("/api/articles/w-re").json().get("title").asText());
    JsonNode r = http.get("/api/search?q=" + enc("title") + "&outlet=" + enc("Test Wire")
        + "&size=100").json();
    long copies = 0;
    for (JsonNode h : r.get("hits")) {
      copies += h.get("id").asText().equals("w-re") ? 1 : 0;
    }
    assertEquals(1, copies);
  }

  @Test
  void an_acknowledged_article_is_searchable_within_a_second() throws Exception {
    for (int i = 0; i < 5; i++) {
      String word = "zyxvisible" + i;
      Answer a = post("application/json", article("w-vis-" + i, "Headline " + word));
      assertEquals(200, a.status());
      long acked = System.nanoTime();
      long waitedMs;
      while (true) {
        long total = http.get("/api/search?q=" + word).json().get("total").asLong();
        waitedMs = (System.nanoTime() - acked) / 1_000_000;
        if (total == 1) {
          break;
        }
        assertTrue(waitedMs < 1000, word + " not searchable after " + waitedMs + " ms");
        Thread.sleep(10);
      }
      System.out.println("searchable " + waitedMs + " ms after acknowledgement");
    }
  }

  @Test
  void a_body_that_is_not_json_is_a_400_and_indexes_nothing() throws Exception {
    int before = engine.index().documentCount();
    for (String body : List.of("", "hello", "{\"id\": \"x\"", "[" + article("w-never", "T") + ",",
        "\"a string\"", "42", "null", article("w-never2", "T") + " trailing")) {
      Answer a = post("application/json", body);
      assertEquals(400, a.status(), body + " → " + a.body());
      assertTrue(a.json().get("error").asText().length() > 5, a.body());
    }
    engine.index().refresh();
    assertEquals(before, engine.index().documentCount());
    assertEquals(404, http.get("/api/articles/w-never").status());
  }

  @Test
  void invalid_utf8_is_a_400() throws Exception {
    byte[] body = "{\"title\": \"bad \u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] head = RawHttp.ascii("POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length);
    RawHttp.Reply r = RawHttp.exchange(app.port(), head, body, 10_000);
    assertEquals(400, r.status(), r.head());
    assertTrue(r.text().contains("UTF-8"), r.text());
  }

  @Test
  void a_wrong_content_type_is_a_415() throws Exception {
    for (String type : List.of("text/plain", "application/xml", "application/json; charset=latin1",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
      Answer a = post(type, article("w-415", "T"));
      assertEquals(415, a.status(), type + " → " + a.body());
      assertTrue(a.json().has("error"));
    }
  }

  @Test
  void a_body_over_the_limit_is_a_413_whether_its_length_is_declared_or_chunked()
      throws Exception {
    String big = "[" + article("w-big", "x".repeat(LIMIT)) + "]";
    Answer declared = post("application/json", big);
    assertEquals(413, declared.status(), declared.body());
    assertTrue(declared.json().get("error").asText().contains("HALLYU_MAX_BODY_BYTES"));

    byte[] head = RawHttp.ascii("POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + TOKEN + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked");
    byte[] payload = big.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
    for (int off = 0; off < payload.length; off += 4096) {
      int n = Math.min(4096, payload.length - off);
      chunked.write(RawHttp.ascii(Integer.toHexString(n) + "\r\n"));
      chunked.write(payload, off, n);
      chunked.write(RawHttp.ascii("\r\n"));
    }
    chunked.write(RawHttp.ascii("0\r\n\r\n"));
    RawHttp.Reply r = RawHttp.exchange(app.port(), head, chunked.toByteArray(), 10_000);
    assertEquals(413, r.status(), r.head());
    assertEquals(404, http.get("/api/articles/w-big").status());

    Answer under = post("application/json", article("w-under", "x".repeat(LIMIT / 4)));
    assertEquals(200, under.status());
  }

  @Test
  void delete_answers_204_then_404_and_the_article_is_gone() throws Exception {
    post("application/json", article("w-del", "To be deleted"));
    Answer gone = http.delete("/api/articles/w-del", TOKEN);
    assertEquals(204, gone.status(), gone.body());
    awaitVisible("/api/articles/w-del", 404);
    Answer again = http.delete("/api/articles/w-del", TOKEN);
    assertEquals(404, again.status());
    assertTrue(again.json().get("error").asText().contains("w-del"));
  }

  @Test
  void concurrent_writers_share_log_syncs() throws Exception {
    int threads = 8;
    int perThread = 40;
    long commitsBefore = engine.writer().syncs();
    long writesBefore = engine.writer().durableWrites();
    long nanosBefore = engine.writer().syncNanos();
    Set<String> acked = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          String id = "w-gc-" + thread + "-" + i;
          Answer a = post("application/json", article(id, "Group commit " + id));
          assertEquals(200, a.status(), a.body());
          acked.add(id);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long commits = engine.writer().syncs() - commitsBefore;
    long writes = engine.writer().durableWrites() - writesBefore;
    System.out.printf("group commit: %d acknowledged writes from %d threads, %d log syncs "
        + "(%.2f syncs per write, %.1f ms per sync), %d ms%n", writes, threads, commits,
        (double) commits / writes,
        (engine.writer().syncNanos() - nanosBefore) / 1e6 / Math.max(1, commits), millis);
    assertEquals(threads * perThread, acked.size());
    assertEquals(threads * perThread, writes);
    assertTrue(commits < writes, commits + " syncs for " + writes + " writes");
    engine.index().refresh();
    for (String id : acked) {
      assertEquals(200, http.get("/api/articles/" + id).status(), id);
    }
  }
}
