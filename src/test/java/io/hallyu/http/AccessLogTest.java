package io.hallyu.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log: one line per request, and never a credential. */
class AccessLogTest {
  static final String TOKEN = "secret";
  @TempDir static Path dir;
  static Javalin app;
  static HttpTestClient http;

  @BeforeAll
  static void start() throws Exception {
    app = HttpServer.create(Engine.open(dir), Settings.defaults().withAdminToken(TOKEN)).start(0);
    http = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  /** Runs {@code requests} and returns what slf4j-simple wrote to standard error meanwhile. */
  static String captureLog(String expected, ThrowingRunnable requests) throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      requests.run();
      // The line is written after the answer is sent: wait for it.
      for (int i = 0; i < 100 && !buf.toString(StandardCharsets.UTF_8).contains(expected); i++) {
        Thread.sleep(20);
      }
    } finally {
      System.setErr(err);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void a_request_is_one_line_with_method_path_status_and_time() throws Exception {
    String log = captureLog("/api/articles/nope", () -> http.get("/api/articles/nope"));
    assertTrue(log.matches("(?s).*io\\.hallyu\\.http\\.access - GET /api/articles/nope 404 \\d+\\.\\d ms\\R.*"), log);
  }

  @Test
  void no_token_reaches_the_log_from_headers_or_the_query() throws Exception {
    String log = captureLog("/api/feeds", () -> {
      http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/search?q=iu&token=secret&api_key=secret"))
          .header("Authorization", "Bearer secret").header("Cookie", "session=secret").build());
      http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/feeds?access_token=secret"))
          .header("Authorization", "Bearer secret").header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("secret")).build());
    });
    assertTrue(log.contains("GET /api/search?q=iu&token=***&api_key=*** 200"), log);
    assertTrue(log.contains("POST /api/feeds?access_token=*** 415"), log);
    assertFalse(log.contains("secret"), log);
  }

  @Test
  void an_encoded_newline_in_the_path_cannot_forge_a_second_line() throws Exception {
    String log = captureLog("forged", () -> http.get("/api/articles/a%0D%0AINFO%20forged"));
    assertTrue(log.contains("GET /api/articles/a%0D%0AINFO%20forged 404"), log);
  }

  @Test
  void durations_are_written_to_a_tenth_of_a_millisecond() {
    assertEquals("3.1", AccessLog.tenths(3.14159f));
    assertEquals("0.0", AccessLog.tenths(0.04f));
    assertEquals("1.0", AccessLog.tenths(0.96f));
    assertEquals("12.0", AccessLog.tenths(12f));
    assertEquals("1234.5", AccessLog.tenths(1234.5f));
  }

  @Test
  void credential_like_query_parameters_are_masked_and_others_kept() {
    assertEquals("q=iu&token=***&page=2", AccessLog.mask("q=iu&token=abc&page=2"));
    assertEquals("Access_Token=***&X-API-KEY=***&password=***",
        AccessLog.mask("Access_Token=a&X-API-KEY=b&password=c"));
    assertEquals("q=%ED%86%A0%ED%81%B0&sort=newest&token",
        AccessLog.mask("q=%ED%86%A0%ED%81%B0&sort=newest&token"));
    assertEquals("%74oken=***", AccessLog.mask("%74oken=abc"), "an encoded name is still a token");
    assertEquals("a=1&&b=%zz", AccessLog.mask("a=1&&b=%zz"));
  }
}
