package io.hallyu.http;

import static io.hallyu.http.HttpTestClient.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hallyu.Engine;
import io.hallyu.article.ArticleFiles;
import io.hallyu.http.HttpTestClient.Answer;
import io.hallyu.index.Ingester;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/suggest} on a real server, random port, over the bundled sample corpus. */
class SuggestApiTest {
  @TempDir static Path dir;
  static Engine engine;
  static Javalin app;
  static HttpTestClient http;

  @BeforeAll
  static void start() throws Exception {
    engine = Engine.open(dir);
    engine.indexSample();
    app = HttpServer.create(engine).start(0);
    http = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static JsonNode suggest(String q) throws Exception {
    Answer a = http.get("/api/suggest?q=" + enc(q));
    assertEquals(200, a.status(), a.body());
    return a.json();
  }

  /** The field of every suggestion that has it. */
  static List<String> field(JsonNode r, String name) {
    List<String> out = new ArrayList<>();
    r.get("suggestions").forEach(s -> {
      if (s.has(name)) {
        out.add(s.get(name).asText());
      }
    });
    return out;
  }

  @Test
  void an_artist_comes_first_in_the_documented_shape() throws Exception {
    JsonNode r = suggest("아이ㅇ");
    assertEquals("아이ㅇ", r.get("query").asText());
    JsonNode first = r.get("suggestions").get(0);
    assertEquals("{\"text\":\"아이유\",\"value\":\"IU\",\"type\":\"artist\",\"detail\":\"IU (아이유) · solo\"}",
        first.toString());
    JsonNode title = r.get("suggestions").get(r.get("suggestions").size() - 1);
    assertEquals("title", title.get("type").asText());
    assertTrue(title.get("id").asText().startsWith("sample-"), title::toString);
    assertTrue(title.get("text").asText().contains("아이유"), title::toString);
    assertEquals(3, title.size(), "text, type and id only: " + title);
  }

  @Test
  void the_sample_makes_bts_members_outrank_namesakes() throws Exception {
    assertEquals("V", field(suggest("kim tae"), "value").get(0));
    assertEquals("BTS", field(suggest("ㅠㅅㄴ"), "value").get(0));
    assertEquals("NewJeans", field(suggest("new"), "value").get(0));
    assertEquals("IU", field(suggest("ㅇㅇㅇ"), "value").get(0));
  }

  @Test
  void love_wi_suggests_the_love_wins_all_titles() throws Exception {
    JsonNode r = suggest("love wi");
    List<String> ids = field(r, "id");
    assertEquals(List.of("sample-058", "sample-059"), ids.stream().sorted().toList(), r::toString);
  }

  @Test
  void an_empty_query_suggests_nothing() throws Exception {
    Answer a = http.get("/api/suggest?q=");
    assertEquals(200, a.status());
    assertEquals("{\"query\":\"\",\"suggestions\":[]}", a.body());
    assertEquals("{\"query\":\"\",\"suggestions\":[]}", http.get("/api/suggest").body());
  }

  @Test
  void size_limits_the_list() throws Exception {
    assertEquals(2, http.get("/api/suggest?size=2&q=" + enc("방탄")).json().get("suggestions").size());
    assertEquals(20, http.get("/api/suggest?size=20&q=s").json().get("suggestions").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "21", "-1", "many", "2.5"})
  void a_bad_size_is_a_400_naming_the_parameter(String size) throws Exception {
    Answer a = http.get("/api/suggest?q=iu&size=" + enc(size));
    assertEquals(400, a.status(), a.body());
    assertEquals("size", a.json().get("parameter").asText());
    assertTrue(a.json().get("error").asText().contains("size"), a.body());
  }

  @Test
  void an_article_added_after_start_is_suggested_within_a_second() throws Exception {
    String line = "{\"id\": \"late-1\", \"title\": \"Hearts2Hearts announce a winter comeback\", "
        + "\"body\": \"A new single.\", \"date\": \"2025-12-01\", \"lang\": \"en\"}";
    assertEquals(List.of(), field(suggest("hearts2hearts ann"), "id"));
    try (Ingester ingester = engine.ingester()) {
      ArticleFiles.read("late.jsonl", new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
          ingester);
      ingester.finish(); // no commit, no refresh: the background refresh must pick it up
    }
    long start = System.nanoTime();
    List<String> ids = List.of();
    while (ids.isEmpty() && System.nanoTime() - start < 3_000_000_000L) {
      ids = field(suggest("hearts2hearts ann"), "id");
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(List.of("late-1"), ids);
    assertTrue(millis < 1000, "visible after " + millis + " ms");
  }
}
