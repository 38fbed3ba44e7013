package io.hallyu.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.FeedServer;
import io.hallyu.http.HttpTestClient.Answer;
import io.hallyu.search.SearchRequest;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/feeds} on a real server, with feeds served by a local web server. */
class FeedApiTest {
  static final String TOKEN = "feed-token";
  @TempDir static Path dir;
  static Javalin app;
  static HttpTestClient http;
  static FeedServer feeds;

  @BeforeAll
  static void start() throws Exception {
    app = HttpServer.create(Engine.open(dir), Settings.defaults().withAdminToken(TOKEN)).start(0);
    http = new HttpTestClient(app.port());
    feeds = new FeedServer();
  }

  @AfterAll
  static void stop() {
    app.stop();
    feeds.close();
  }

  static Answer post(String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + "/api/feeds"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build());
  }

  static Answer postUrl(String url) throws Exception {
    return post("application/json", "{\"url\": \"" + url + "\"}");
  }

  static long total(String query) throws Exception {
    return http.get("/api/search?q=" + HttpTestClient.enc(query)).json().get("total").asLong();
  }

  @Test
  void a_feed_in_the_body_is_indexed_with_its_bad_entries_named() throws Exception {
    Answer a = post("application/rss+xml; charset=utf-8", FeedServer.resource("seoul-beat.rss"));
    assertEquals(200, a.status(), a.body());
    assertEquals(3, a.json().get("indexed").asInt());
    assertEquals(1, a.json().get("rejected").size());
    assertEquals(3, a.json().get("rejected").get(0).get("index").asInt());
    assertEquals("record has no title and no body",
        a.json().get("rejected").get(0).get("error").asText());
    assertEquals(1, total("Tickets"), "searchable as soon as it is acknowledged");
  }

  @Test
  void a_feed_url_is_fetched_and_posting_it_again_updates_not_duplicates() throws Exception {
    String atom = FeedServer.resource("kpop-wire.atom").replace("케이팝 와이어", "케이팝 와이어 URL");
    String url = feeds.put("/wire.atom", atom);
    Answer first = postUrl(url);
    assertEquals(200, first.status(), first.body());
    assertEquals(3, first.json().get("indexed").asInt());
    assertEquals(3, first.json().get("added").asInt());
    long documents = http.get("/health").json().get("documents").asLong();

    feeds.put("/wire.atom", atom.replace("뉴진스 컴백", "뉴진스 컴백 일정 공개"));
    Answer again = postUrl(url);
    assertEquals(0, again.json().get("added").asInt(), again.body());
    assertEquals(3, again.json().get("updated").asInt());
    assertEquals(documents, http.get("/health").json().get("documents").asLong());
    assertEquals(1, total("일정"));
  }

  @Test
  void an_acknowledged_feed_is_committed() throws Exception {
    String url = feeds.put("/durable.rss", FeedServer.resource("seoul-beat.rss")
        .replace("NewJeans return", "Durable headline"));
    assertEquals(200, postUrl(url).status());
    // A read-only reader sees only commits: the feed is there without waiting for shutdown.
    try (Engine committed = Engine.openReadOnly(dir)) {
      assertEquals(1, committed.search().search(SearchRequest.of("Durable")).total());
    }
  }

  @Test
  void an_unreachable_or_missing_feed_is_a_422_naming_the_problem() throws Exception {
    Answer refused = postUrl("http://localhost:1/feed.rss");
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.json().get("error").asText()
        .startsWith("cannot fetch http://localhost:1/feed.rss: cannot connect"), refused.body());
    assertEquals("url", refused.json().get("parameter").asText());

    Answer missing = postUrl(feeds.url("/missing.rss"));
    assertEquals(422, missing.status());
    assertTrue(missing.json().get("error").asText().endsWith(": HTTP 404"), missing.body());
  }

  @Test
  void a_document_that_is_not_a_feed_is_a_422() throws Exception {
    Answer body = post("application/xml", "<html><body>hello</body></html>");
    assertEquals(422, body.status(), body.body());
    assertTrue(body.json().get("error").asText().startsWith("not a readable RSS or Atom feed"));

    Answer broken = post("text/xml", "<rss><channel><item>");
    assertEquals(422, broken.status(), broken.body());

    Answer fetched = postUrl(feeds.put("/page.xml", "just text"));
    assertEquals(422, fetched.status(), fetched.body());
  }

  @Test
  void a_malformed_request_is_a_400() throws Exception {
    for (String body : new String[] {"{not json", "[]", "{}", "{\"url\": 3}",
        "{\"url\": \"ftp://example.com/feed\"}", "{\"url\": \"not a url\"}", ""}) {
      Answer a = post("application/json", body);
      assertEquals(400, a.status(), body + " -> " + a.body());
      assertTrue(a.json().has("error"), a.body());
    }
  }

  @Test
  void another_content_type_is_a_415() throws Exception {
    for (String type : new String[] {"text/plain", "application/x-ndjson", null}) {
      Answer a = post(type, "<rss/>");
      assertEquals(415, a.status(), type + " -> " + a.body());
      assertTrue(a.json().get("error").asText().contains("application/rss+xml"), a.body());
    }
  }
}
