package io.hallyu.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hallyu.Engine;
import io.hallyu.article.Article;
import io.hallyu.article.ArticleNormalizer;
import io.hallyu.article.RawArticle;
import io.hallyu.config.Settings;
import io.hallyu.index.FacetedSearcher;
import io.hallyu.index.Schema;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated hostile requests (seeded, so a failure replays): none may answer 5xx or
 * hang, and without a valid token none may change the index.
 */
class HostileInputTest {
  static final String TOKEN = "hostile-test-token";
  static final long SEED = Long.getLong("hostile.seed", 20261127L);
  static final int LIMIT = 256 * 1024;
  static final int TIMEOUT_MILLIS = 15_000;
  static final int THREADS = 4;
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Engine engine;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    engine = Engine.open(dir);
    engine.indexSample();
    app = HttpServer.create(engine, Settings.defaults().withAdminToken(TOKEN).withMaxBodyBytes(LIMIT))
        .start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  /** One request: its description (for failures), head and body. */
  record Attempt(String what, byte[] head, byte[] body) {}

  @Test
  void hostile_requests_without_a_valid_token_never_fail_hang_or_change_the_index()
      throws Exception {
    String before = fingerprint();
    Random random = new Random(SEED);
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      attempts.add(search(random));
    }
    for (int i = 0; i < 700; i++) {
      String auth = switch (random.nextInt(4)) {
        case 0 -> null;
        case 1 -> "Bearer " + TOKEN + "x";
        case 2 -> "Bearer " + garbage(random, 30);
        default -> "Basic " + TOKEN;
      };
      attempts.add(random.nextInt(5) == 0 ? delete(random, auth) : post(random, auth));
    }
    for (int i = 0; i < 300; i++) {
      attempts.add(anything(random));
    }
    Outcome outcome = run(attempts);
    System.out.printf("hostile (no valid token): %d requests, seed %d, statuses %s, %d ms%n",
        attempts.size(), SEED, outcome.statuses, outcome.millis);
    assertTrue(outcome.failures.isEmpty(),
        outcome.failures.size() + " failures, first: " + String.join("\n", outcome.failures.stream().limit(5).toList()));
    engine.index().refresh();
    assertEquals(before, fingerprint(), "the index changed");
  }

  @Test
  void hostile_bodies_with_the_token_never_fail_and_add_only_valid_articles() throws Exception {
    Set<String> before = ids();
    Random random = new Random(SEED + 1);
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      attempts.add(random.nextInt(8) == 0 ? delete(random, "Bearer " + TOKEN)
          : post(random, "Bearer " + TOKEN));
    }
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Outcome outcome = run(attempts, reply -> {
      if (reply.status() == 200) {
        JsonNode r = JSON.readTree(reply.text());
        r.get("ids").forEach(id -> acknowledged.add(id.asText()));
        return r.get("indexed").asInt() == r.get("ids").size() ? null : "ids do not match indexed";
      }
      return null;
    });
    System.out.printf("hostile (valid token): %d requests, statuses %s, %d articles indexed, %d ms%n",
        attempts.size(), outcome.statuses, acknowledged.size(), outcome.millis);
    assertTrue(outcome.failures.isEmpty(),
        outcome.failures.size() + " failures, first: " + outcome.failures.peek());
    engine.index().refresh();
    Set<String> expected = new TreeSet<>(before);
    expected.addAll(acknowledged);
    assertEquals(expected, ids(), "only acknowledged articles may be added, and none removed");
    for (String id : acknowledged) {
      Article a = engine.search().article(id);
      assertTrue(!a.title().isBlank(), id);
      // What was stored must pass validation again: nothing invalid slipped in.
      ArticleNormalizer.normalize(new RawArticle(a.id(), a.title(), a.body(),
          a.date() == null ? null : a.date().toString(), a.outlet(), a.url(), a.lang(),
          a.artists()));
    }
  }

  // ---- generators -------------------------------------------------------------------------

  static final String[] PARAMS = {"q", "artist", "outlet", "lang", "from", "to", "sort", "page",
      "size", "q", "q", "x", "", "q[]", "%71"};

  static Attempt search(Random r) {
    StringBuilder query = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        query.append(r.nextInt(10) == 0 ? ";" : "&");
      }
      query.append(PARAMS[r.nextInt(PARAMS.length)]);
      if (r.nextInt(12) != 0) {
        query.append('=').append(value(r));
      }
    }
    if (r.nextInt(30) == 0) {
      query.append("&q=").append("a".repeat(20_000)); // over Jetty's header limit: a 414/431
    }
    String path = r.nextInt(15) == 0 ? "/api/search/" : "/api/search";
    byte[] line = concat(RawHttp.ascii("GET " + path + "?"), rawUrl(query.toString(), r),
        RawHttp.ascii(" HTTP/1.1\r\nHost: localhost"));
    return new Attempt("GET " + path + "?" + query, line, null);
  }

  /** A parameter value: numbers at the edges, syntax, wildcards, escapes, any Unicode. */
  static String value(Random r) {
    return switch (r.nextInt(14)) {
      case 0 -> String.valueOf(r.nextLong());
      case 1 -> List.of("99999999999999999999", "-2147483648", "2147483647", "1e400", "NaN",
          "0x10", "-0", "1.5", "+7", " 3 ", "٣", "0".repeat(300)).get(r.nextInt(12));
      case 2 -> "*".repeat(1 + r.nextInt(200)) + "a*b?c" + "*?".repeat(r.nextInt(100));
      case 3 -> List.of("\"", "((", "))", "AND OR NOT", "-", "--a", "a OR", "OR OR OR", "\\",
          "~1^2", "field:value", "title:*", "[a TO z]", "{!func}", "/regex.*/", "a~", "+-+-")
          .get(r.nextInt(17));
      case 4 -> "%" + garbage(r, 3);
      case 5 -> List.of("%", "%z", "%zz", "%FF%FE", "%C3%28", "%00", "%E0%80%80", "%ED%A0%80",
          "%F4%90%80%80", "%25%", "%%%", "%u0041").get(r.nextInt(12));
      case 6 -> garbage(r, 1 + r.nextInt(60));
      case 7 -> "2024-" + r.nextInt(40) + "-" + r.nextInt(40);
      case 8 -> List.of("2024-02-30", "0000-01-01", "+999999999-12-31", "-999999999-01-01",
          "2024-1-1", "yesterday", "2024-02-04T00:00").get(r.nextInt(7));
      case 9 -> "뷔 방탄 " + garbage(r, 10);
      case 10 -> "\u0000\u0001\u007f" + "\uFEFF\u200B";
      case 11 -> "a".repeat(r.nextInt(2_000));
      case 12 -> "<INVALID-UTF8>";
      default -> String.valueOf(r.nextInt(1000) - 500);
    };
  }

  /**
   * The query as request-line bytes: ASCII passes, {@code <INVALID-UTF8>} becomes raw invalid
   * bytes, other characters are sent raw as UTF-8 (which a real client would have escaped).
   */
  static byte[] rawUrl(String query, Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] parts = query.split("<INVALID-UTF8>", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0x80}};
        out.writeBytes(bad[r.nextInt(bad.length)]);
      }
      String p = parts[i];
      for (int c = 0; c < p.length(); c++) {
        char ch = p.charAt(c);
        // Space, CR and LF would end the request line: escape them as a client must.
        if (ch == ' ') {
          out.write('+');
        } else if (ch == '\r' || ch == '\n' || ch == '#') {
          out.writeBytes(RawHttp.ascii("%0" + (ch == '\r' ? "D" : ch == '\n' ? "A" : "23")));
        } else {
          out.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return out.toByteArray();
  }

  static Attempt post(Random r, String auth) {
    String type = switch (r.nextInt(10)) {
      case 0 -> "application/x-ndjson";
      case 1 -> "text/plain";
      case 2 -> "application/json; charset=iso-8859-1";
      case 3 -> null;
      case 4 -> "application/json; charset=\"UTF-8\"";
      case 5 -> "APPLICATION/JSON";
      default -> "application/json";
    };
    byte[] body = body(r, type != null && type.contains("ndjson"));
    boolean chunked = r.nextInt(6) == 0;
    StringBuilder head = new StringBuilder("POST /api/articles HTTP/1.1\r\nHost: localhost");
    if (type != null) {
      head.append("\r\nContent-Type: ").append(type);
    }
    if (auth != null) {
      head.append("\r\nAuthorization: ").append(auth);
    }
    if (chunked) {
      head.append("\r\nTransfer-Encoding: chunked");
      body = chunk(body, 1 + r.nextInt(10_000));
    } else if (r.nextInt(25) == 0) {
      // A lie: the extra bytes become a second, garbage request on the same connection.
      head.append("\r\nContent-Length: ").append(Math.max(0, body.length - 1 - r.nextInt(5)));
      return new Attempt("POST lying length " + type, RawHttp.ascii(head.toString()), body);
    } else {
      head.append("\r\nContent-Length: ").append(body.length);
    }
    return new Attempt("POST " + type + (chunked ? " chunked" : "") + " "
        + preview(body), RawHttp.ascii(head.toString()), body);
  }

  static Attempt delete(Random r, String auth) {
    String id = "nope-" + garbage(r, 20);
    byte[] line = concat(RawHttp.ascii("DELETE /api/articles/"), rawUrl(id, r),
        RawHttp.ascii(" HTTP/1.1\r\nHost: localhost" + (auth == null ? "" : "\r\nAuthorization: "
            + auth)));
    return new Attempt("DELETE " + id, line, null);
  }

  /** Odd methods, paths and headers. */
  static Attempt anything(Random r) {
    String method = List.of("PUT", "PATCH", "OPTIONS", "HEAD", "TRACE", "GET", "POST", "DELETE",
        "FOO").get(r.nextInt(9));
    String path = List.of("/api/articles", "/api/articles/", "/api/articles/%", "/api/articles/..%2F..",
        "/api/search?" + "&".repeat(500), "/health?x=%", "/%", "/../../etc/passwd", "//api//search",
        "/api/articles/" + "x".repeat(600), "/api/articles/a%00b", "*").get(r.nextInt(12));
    String headers = List.of("", "\r\nContent-Length: -1", "\r\nContent-Length: abc",
        "\r\nTransfer-Encoding: gzip", "\r\nAuthorization: Bearer",
        "\r\nContent-Type: application/json\r\nContent-Length: 99999999999999",
        "\r\nX-Big: " + "y".repeat(20_000), "\r\nExpect: 100-continue").get(r.nextInt(8));
    return new Attempt(method + " " + path + " " + headers.strip(),
        RawHttp.ascii(method + " " + path + " HTTP/1.1\r\nHost: localhost" + headers), null);
  }

  /** A body: malformed JSON, wrong types, deep nesting, huge values, invalid UTF-8, or valid. */
  static byte[] body(Random r, boolean ndjson) {
    int records = ndjson ? 1 + r.nextInt(5) : 1;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < records; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(record(r));
    }
    if (!ndjson && r.nextInt(3) == 0) {
      sb.insert(0, '[').append(r.nextInt(4) == 0 ? "" : "]");
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (r.nextInt(12) == 0) {
      bytes = concat(bytes, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}); // invalid UTF-8
    }
    if (r.nextInt(40) == 0) {
      bytes = new byte[LIMIT + 1 + r.nextInt(LIMIT)]; // enormous
      java.util.Arrays.fill(bytes, (byte) '[');
    }
    return bytes;
  }

  static final AtomicInteger VALID = new AtomicInteger();

  static String record(Random r) {
    Supplier<String> text = () -> JSON.valueToTree(garbage(r, 1 + r.nextInt(40))).toString();
    return switch (r.nextInt(16)) {
      case 0 -> "{\"title\": {}, \"body\": []}";
      case 1 -> "{\"title\": \"t\", \"date\": " + r.nextLong() + "}";
      case 2 -> "{\"id\": \"h-" + VALID.incrementAndGet() + "\", \"title\": " + text.get()
          + ", \"artists\": [1, 2.5, {}, null, [\"x\"]]}";
      case 3 -> "[1, 2, 3]";
      case 4 -> "[".repeat(1 + r.nextInt(5000)) + "]".repeat(r.nextInt(3) == 0 ? 0 : 1);
      case 5 -> "{\"a\":".repeat(1 + r.nextInt(3000)) + "1" + "}".repeat(r.nextInt(2));
      case 6 -> "{\"title\": \"" + "x".repeat(r.nextInt(60_000)) + "\"}";
      case 7 -> "{\"id\": \"" + "i".repeat(400 + r.nextInt(300)) + "\", \"title\": \"long id\"}";
      case 8 -> "{\"title\": 1e999999, \"body\": " + "9".repeat(r.nextInt(2000)) + "}";
      case 9 -> "{\"title\": \"ok\", \"date\": \"" + value(r).replace("\"", "") + "\"}";
      case 10 -> "{" + garbage(r, r.nextInt(80)) + "}";
      case 11 -> garbage(r, r.nextInt(200));
      case 12 -> "{\"id\": \"h-" + VALID.incrementAndGet() + "\", \"title\": \"Valid hostile "
          + r.nextInt() + "\", \"body\": " + text.get() + ", \"date\": \"2024-02-04\","
          + " \"lang\": \"" + "ko".repeat(1 + r.nextInt(10)) + "\"}";
      case 13 -> "{\"id\": null, \"title\": null, \"body\": \"\\u0000\\ud800 lone surrogate\"}";
      case 14 -> "{\"id\": \"h-" + VALID.incrementAndGet() + "\", \"title\": \"dup\", \"title\": 5,"
          + " \"outlet\": " + text.get() + ", \"url\": \"http://[::1\"}";
      default -> "{\"id\": \"h-" + VALID.incrementAndGet() + "\", \"text\": " + text.get() + "}";
    };
  }

  /** Random characters from every range: ASCII punctuation, controls, Hangul, surrogates. */
  static String garbage(Random r, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(switch (r.nextInt(6)) {
        case 0 -> (char) (33 + r.nextInt(94));
        case 1 -> (char) r.nextInt(32);
        case 2 -> (char) (0xAC00 + r.nextInt(11172));
        case 3 -> (char) (0xD800 + r.nextInt(0x800)); // lone surrogates
        case 4 -> "{}[]\":,\\%*?".charAt(r.nextInt(11));
        default -> (char) r.nextInt(0x10000);
      });
    }
    return sb.toString();
  }

  // ---- running and checking ---------------------------------------------------------------

  interface Check {
    String problem(RawHttp.Reply reply) throws Exception;
  }

  record Outcome(Queue<String> failures, java.util.Map<Integer, Integer> statuses, long millis) {}

  static Outcome run(List<Attempt> attempts) throws Exception {
    return run(attempts, reply -> null);
  }

  /** Sends every attempt from several threads; a 5xx, a hang or a failed check is a failure. */
  static Outcome run(List<Attempt> attempts, Check check) throws Exception {
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    java.util.Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < attempts.size(); ) {
          Attempt a = attempts.get(i);
          try {
            RawHttp.Reply reply = RawHttp.exchange(app.port(), a.head(), a.body(), TIMEOUT_MILLIS);
            statuses.merge(reply.status(), 1, Integer::sum);
            boolean enormous = a.body() != null && a.body().length > LIMIT;
            if (reply.status() >= 500 || (reply.status() < 0 && !enormous)) {
              failures.add(reply.status() + " for " + a.what() + " → " + reply.text());
            } else if (reply.status() >= 400 && !a.what().startsWith("HEAD")
                && !isJsonError(reply)) {
              failures.add("not a JSON error: " + reply.head() + "\n" + reply.text()
                  + " for " + a.what());
            } else {
              String problem = check.problem(reply);
              if (problem != null) {
                failures.add(problem + " for " + a.what());
              }
            }
          } catch (RawHttp.Hang e) {
            failures.add("hang: " + a.what());
          } catch (Exception e) {
            failures.add(e + " for " + a.what());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return new Outcome(failures, statuses, (System.nanoTime() - start) / 1_000_000);
  }

  static boolean isJsonError(RawHttp.Reply reply) {
    try {
      return JSON.readTree(reply.text()).get("error").isTextual();
    } catch (Exception e) {
      return false;
    }
  }

  /** Document count and a digest of every live id. */
  static String fingerprint() throws Exception {
    Set<String> ids = ids();
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String id : ids) {
      md.update(id.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    return ids.size() + ":" + HexFormat.of().formatHex(md.digest());
  }

  static Set<String> ids() throws Exception {
    Set<String> ids = new TreeSet<>();
    FacetedSearcher s = engine.index().acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            assertTrue(ids.add(stored.document(d).get(Schema.ID)), "duplicate id");
          }
        }
      }
    } finally {
      engine.index().release(s);
    }
    return ids;
  }

  static byte[] chunk(byte[] body, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int off = 0; off < body.length; off += size) {
      int n = Math.min(size, body.length - off);
      out.writeBytes(RawHttp.ascii(Integer.toHexString(n) + "\r\n"));
      out.write(body, off, n);
      out.writeBytes(RawHttp.ascii("\r\n"));
    }
    out.writeBytes(RawHttp.ascii("0\r\n\r\n"));
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static String preview(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
    return s.replaceAll("\\p{Cntrl}", "?") + (body.length > 80 ? "… (" + body.length + " bytes)" : "");
  }
}
