package io.hallyu.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.FeedServer;
import io.hallyu.http.HttpTestClient.Answer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} on a real server. */
class MetricsTest {
  static final String TOKEN = "metrics-token";
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

  /** The value of the one sample line that starts with {@code series}, or NaN. */
  static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  static String requests(String route, int status) {
    return "hallyu_http_requests_seconds_count{method=\"GET\",route=\"" + route + "\",status=\""
        + status + "\"}";
  }

  static String metrics() throws Exception {
    Answer a = http.get("/metrics");
    assertEquals(200, a.status());
    return a.body();
  }

  @Test
  void requests_are_counted_per_route_template_method_and_status() throws Exception {
    http.get("/api/search?q=IU");
    http.get("/api/search?q=BTS");
    http.get("/api/articles/first-unknown-id");
    http.get("/api/articles/second-unknown-id");
    http.get("/no/such/page/" + System.nanoTime());
    String m = metrics();
    assertTrue(value(m, requests("/api/search", 200)) >= 2, m);
    assertEquals(2.0, value(m, requests("/api/articles/{id}", 404)), m);
    assertTrue(m.contains("hallyu_http_requests_seconds_bucket{method=\"GET\","
        + "route=\"/api/search\",status=\"200\",le="), "latency histogram");
    assertTrue(m.contains("route=\"unmatched\",status=\"404\""), m);
    assertFalse(m.contains("unknown-id"), "raw paths must not become labels");
    assertFalse(m.contains("/no/such/page"), "raw paths must not become labels");
  }

  @Test
  void the_answer_is_prometheus_text_with_jvm_and_index_meters() throws Exception {
    var response = java.net.http.HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(http.base() + "/metrics")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertTrue(response.headers().firstValue("Content-Type").orElse("")
        .startsWith("text/plain; version=0.0.4"));
    String m = response.body();
    for (String name : new String[] {"# TYPE hallyu_index_documents gauge",
        "hallyu_index_size_bytes ",
        "hallyu_index_refresh_seconds_count ", "hallyu_index_commit_seconds_count ",
        "jvm_memory_used_bytes{", "jvm_threads_live_threads ", "jvm_gc_"}) {
      assertTrue(m.contains(name), name);
    }
  }

  @Test
  void indexing_counts_documents_rejections_commits_and_index_size() throws Exception {
    String before = metrics();
    double indexed = value(before, "hallyu_documents_indexed_total");
    double rejected = value(before, "hallyu_documents_rejected_total");
    double commits = value(before, "hallyu_index_commit_seconds_count");
    Answer a = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/feeds"))
        .header("Content-Type", "application/rss+xml").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(FeedServer.resource("seoul-beat.rss"))).build());
    assertEquals(200, a.status(), a.body());

    String after = metrics();
    assertEquals(indexed + 3, value(after, "hallyu_documents_indexed_total"), after);
    assertEquals(rejected + 1, value(after, "hallyu_documents_rejected_total"), after);
    assertTrue(value(after, "hallyu_index_commit_seconds_count") >= commits + 1, after);
    assertTrue(value(after, "hallyu_index_documents") >= 3, after);
    assertTrue(value(after, "hallyu_index_size_bytes") > 0, after);
    assertTrue(value(after, "hallyu_index_refresh_seconds_count") > 0, after);
  }
}
