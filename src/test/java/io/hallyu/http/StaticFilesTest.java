package io.hallyu.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page's files are served; API paths skip the file lookup and still route. */
class StaticFilesTest {
  @TempDir static Path dir;
  static Javalin app;
  static HttpTestClient http;

  @BeforeAll
  static void start() throws Exception {
    app = HttpServer.create(Engine.open(dir), Settings.defaults()).start(0);
    http = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void the_page_and_its_files_are_served() throws Exception {
    HttpTestClient.Answer page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("app.js"), page.body());
    HttpTestClient.Answer script = http.get("/app.js");
    assertEquals(200, script.status());
    assertTrue(script.body().contains("/api/search"), "the page's script calls the API");
    assertEquals(200, http.get("/style.css").status());
  }

  @Test
  void api_paths_route_without_a_file_lookup() throws Exception {
    assertEquals(200, http.get("/api/search?q=IU").status());
    assertEquals(200, http.get("/health").status());
    HttpTestClient.Answer missing = http.get("/api/no-such-route");
    assertEquals(404, missing.status());
    assertTrue(missing.json().has("error"), missing.body());
  }
}
