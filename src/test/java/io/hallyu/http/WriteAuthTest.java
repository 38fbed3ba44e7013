package io.hallyu.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.http.HttpTestClient.Answer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every write route: 403 with writes disabled, 401 without or with a wrong token, 2xx with it. */
class WriteAuthTest {
  static final String TOKEN = "auth-test-token-4f9c2e";
  @TempDir static Path openDir;
  @TempDir static Path closedDir;
  static Engine openEngine;
  static Javalin withToken;
  static Javalin withoutToken;
  static HttpTestClient open;
  static HttpTestClient closed;

  @BeforeAll
  static void start() throws Exception {
    openEngine = Engine.open(openDir);
    withToken = HttpServer.create(openEngine, Settings.defaults().withAdminToken(TOKEN)).start(0);
    withoutToken = HttpServer.create(Engine.open(closedDir), Settings.defaults()).start(0);
    open = new HttpTestClient(withToken.port());
    closed = new HttpTestClient(withoutToken.port());
  }

  @AfterAll
  static void stop() {
    withToken.stop();
    withoutToken.stop();
  }

  /** A write route and a request to it that succeeds when authorised. */
  record Route(String name, String method, String path, String contentType, String body,
      int success) {
    HttpRequest request(HttpTestClient http, String authorization) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path))
          .header("Content-Type", contentType)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      return authorization == null ? b.build() : b.header("Authorization", authorization).build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Route> writeRoutes() {
    return Stream.of(
        new Route("POST /api/articles", "POST", "/api/articles", "application/json",
            "{\"id\": \"auth-1\", \"title\": \"Auth test\"}", 200),
        new Route("DELETE /api/articles/{id}", "DELETE", "/api/articles/auth-2", "application/json",
            null, 204),
        new Route("POST /api/feeds", "POST", "/api/feeds", "application/rss+xml",
            "<rss version=\"2.0\"><channel><title>Auth Wire</title><item><title>Auth feed</title>"
                + "<link>https://authwire.example/1</link><description>d</description></item>"
                + "</channel></rss>", 200));
  }

  @ParameterizedTest
  @MethodSource("writeRoutes")
  void without_a_configured_token_writes_are_refused_with_a_403_saying_how_to_enable_them(
      Route route) throws Exception {
    for (String auth : new String[] {null, "Bearer " + TOKEN, "Bearer anything"}) {
      Answer a = closed.send(route.request(closed, auth));
      assertEquals(403, a.status(), a.body());
      assertTrue(a.json().get("error").asText().contains("HALLYU_ADMIN_TOKEN"), a.body());
    }
  }

  @ParameterizedTest
  @MethodSource("writeRoutes")
  void a_missing_or_wrong_token_is_a_401_with_a_bearer_challenge(Route route) throws Exception {
    List<String> wrong = java.util.Arrays.asList(null, "", "Bearer", "Bearer ", "Basic "
        + TOKEN, "Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1), "Bearer wrong",
        "Token " + TOKEN, TOKEN);
    for (String auth : wrong) {
      HttpRequest request = route.request(open, auth);
      var r = java.net.http.HttpClient.newHttpClient().send(request,
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(401, r.statusCode(), auth + " → " + r.body());
      assertEquals("Bearer realm=\"hallyu\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
      assertTrue(r.body().contains("\"error\""), r.body());
      assertTrue(!r.body().contains(TOKEN), "the answer must not echo the token");
    }
  }

  @ParameterizedTest
  @MethodSource("writeRoutes")
  void the_right_token_is_accepted(Route route) throws Exception {
    for (String scheme : List.of("Bearer ", "bearer ", "BEARER  ")) {
      open.post("/api/articles", "application/json",
          "{\"id\": \"auth-2\", \"title\": \"To delete\"}", TOKEN);
      Answer a = open.send(route.request(open, scheme + TOKEN));
      assertEquals(route.success(), a.status(), scheme + " → " + a.body());
    }
  }

  @Test
  void reads_stay_public() throws Exception {
    assertEquals(200, open.get("/api/search?q=x").status());
    assertEquals(200, closed.get("/health").status());
    assertEquals(404, open.get("/api/articles/nothing").status());
  }

  @Test
  void a_state_changing_route_without_the_write_role_cannot_be_declared() {
    WriteAccess access = new WriteAccess("t");
    for (String method : List.of("post", "put", "patch", "delete")) {
      assertThrows(IllegalStateException.class, () -> Javalin.create(config -> {
        access.register(config);
        switch (method) {
          case "post" -> config.routes.post("/open", ctx -> { });
          case "put" -> config.routes.put("/open", ctx -> { });
          case "patch" -> config.routes.patch("/open", ctx -> { });
          default -> config.routes.delete("/open", ctx -> { });
        }
      }), method);
    }
  }
}
