package io.hallyu.http;

import static io.hallyu.http.HttpTestClient.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hallyu.Engine;
import io.hallyu.http.HttpTestClient.Answer;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP API on a real server, random port, over the bundled sample corpus. */
class SearchApiTest {
  @TempDir static Path dir;
  static Javalin app;
  static HttpTestClient http;
  static int sampleSize;

  @BeforeAll
  static void start() throws Exception {
    Engine engine = Engine.open(dir);
    sampleSize = engine.indexSample().indexed();
    app = HttpServer.create(engine).start(0);
    http = new HttpTestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static List<String> ids(JsonNode json) {
    List<String> ids = new ArrayList<>();
    json.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  static List<String> artistsOf(JsonNode json) {
    List<String> all = new ArrayList<>();
    json.get("hits").forEach(h -> h.get("artists").forEach(a -> all.add(a.asText())));
    return all;
  }

  @Test
  void health_reports_the_document_count() throws Exception {
    Answer a = http.get("/health");
    assertEquals(200, a.status());
    assertEquals("ok", a.json().get("status").asText());
    assertEquals(sampleSize, a.json().get("documents").asInt());
    assertTrue(sampleSize >= 40);
  }

  @Test
  void an_empty_query_lists_everything_newest_first() throws Exception {
    JsonNode r = http.get("/api/search?size=100").json();
    assertEquals(sampleSize, r.get("total").asInt());
    String previous = "9999-12-31";
    for (JsonNode h : r.get("hits")) {
      String date = h.get("date").asText();
      assertTrue(date.compareTo(previous) <= 0, date + " after " + previous);
      previous = date;
    }
    for (String dim : List.of("artist", "outlet", "lang", "month")) {
      assertFalse(r.get("facets").get(dim).isEmpty(), dim);
    }
  }

  @Test
  void the_answer_has_the_documented_shape() throws Exception {
    JsonNode r = http.get("/api/search?q=" + enc("아이유")).json();
    for (String f : List.of("query", "total", "tookMs", "page", "size", "hits", "facets")) {
      assertTrue(r.has(f), f);
    }
    JsonNode hit = r.get("hits").get(0);
    for (String f : List.of("id", "title", "snippet", "date", "outlet", "url", "lang", "artists", "score")) {
      assertTrue(hit.has(f), f);
    }
    assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.get("snippet").asText());
    JsonNode iu = r.get("facets").get("artist").get(0);
    assertEquals("IU", iu.get("value").asText());
    assertEquals("IU (아이유)", iu.get("label").asText());
    assertFalse(iu.get("selected").asBoolean());
  }

  @Test
  void a_korean_alias_finds_english_articles_and_the_reverse() throws Exception {
    JsonNode byKorean = http.get("/api/search?size=100&q=" + enc("뷔")).json();
    boolean english = false;
    for (JsonNode h : byKorean.get("hits")) {
      english |= h.get("lang").asText().equals("en");
      assertTrue(artistsContain(h, "V"), h.toString());
    }
    assertTrue(english, "뷔 should find English articles about Kim Taehyung");

    JsonNode byEnglish = http.get("/api/search?size=100&q=IU").json();
    assertTrue(langs(byEnglish).contains("ko"), "IU should find 아이유 articles");
  }

  @Test
  void an_artist_filter_takes_any_alias() throws Exception {
    JsonNode byKorean = http.get("/api/search?size=100&artist=" + enc("뷔")).json();
    JsonNode byLatin = http.get("/api/search?size=100&artist=V").json();
    assertTrue(byKorean.get("total").asInt() > 0);
    assertEquals(ids(byLatin), ids(byKorean));
    JsonNode v = byKorean.get("facets").get("artist");
    boolean selected = false;
    for (JsonNode f : v) {
      selected |= f.get("value").asText().equals("V") && f.get("selected").asBoolean();
    }
    assertTrue(selected, v.toString());
  }

  @Test
  void multi_select_facets_or_within_and_across_and_count_sideways() throws Exception {
    JsonNode all = http.get("/api/search?size=100").json();
    JsonNode ko = http.get("/api/search?size=100&lang=ko").json();
    JsonNode en = http.get("/api/search?size=100&lang=en").json();
    JsonNode both = http.get("/api/search?size=100&lang=ko&lang=en").json();
    assertEquals(all.get("total").asInt(), both.get("total").asInt());
    assertEquals(all.get("total").asInt(), ko.get("total").asInt() + en.get("total").asInt());
    // The language facet ignores its own selection; the outlet facet does not.
    assertEquals(all.get("facets").get("lang"), stripSelected(ko.get("facets").get("lang")));
    int outletSum = 0;
    for (JsonNode o : ko.get("facets").get("outlet")) {
      outletSum += o.get("count").asInt();
    }
    assertEquals(ko.get("total").asInt(), outletSum);
    JsonNode bts = http.get("/api/search?size=100&lang=ko&artist=BTS").json();
    for (JsonNode h : bts.get("hits")) {
      assertEquals("ko", h.get("lang").asText());
      assertTrue(artistsContain(h, "BTS"));
    }
  }

  @Test
  void dates_filter_inclusively_and_sorts_work() throws Exception {
    JsonNode r = http.get("/api/search?size=100&from=2023-01-01&to=2023-12-31&sort=oldest").json();
    assertTrue(r.get("total").asInt() > 0);
    String previous = "0000";
    for (JsonNode h : r.get("hits")) {
      String d = h.get("date").asText();
      assertTrue(d.startsWith("2023"), d);
      assertTrue(d.compareTo(previous) >= 0);
      previous = d;
    }
  }

  @Test
  void paging_walks_through_the_results_without_overlap() throws Exception {
    JsonNode p1 = http.get("/api/search?size=5&page=1").json();
    JsonNode p2 = http.get("/api/search?size=5&page=2").json();
    List<String> first = ids(p1);
    List<String> second = ids(p2);
    assertEquals(5, first.size());
    assertEquals(5, second.size());
    first.retainAll(second);
    assertTrue(first.isEmpty());
    assertEquals(ids(http.get("/api/search?size=10").json()),
        concat(ids(p1), ids(p2)));
  }

  @Test
  void query_syntax_is_forgiving() throws Exception {
    for (String q : List.of("\"love wins", "OR", "-", "AND OR NOT", "((", "*", "a\"b\"c\"", "\\", "~1^2")) {
      Answer a = http.get("/api/search?q=" + enc(q));
      assertEquals(200, a.status(), q + " → " + a.body());
    }
    JsonNode phrase = http.get("/api/search?q=" + enc("\"Love wins all\"")).json();
    assertTrue(phrase.get("total").asInt() > 0);
    JsonNode excluded = http.get("/api/search?size=100&q=" + enc("IU -아이유")).json();
    for (JsonNode h : excluded.get("hits")) {
      assertFalse(h.get("title").asText().contains("아이유"));
    }
  }

  @ParameterizedTest
  @CsvSource({"size=0,size", "size=1000,size", "page=-1,page", "page=0,page", "from=yesterday,from",
      "to=2024-13-01,to", "sort=foo,sort", "size=abc,size", "page=99999,page"})
  void invalid_parameters_are_a_400_naming_the_parameter(String query, String parameter) throws Exception {
    Answer a = http.get("/api/search?" + query);
    assertEquals(400, a.status(), a.body());
    assertEquals(parameter, a.json().get("parameter").asText());
    assertFalse(a.json().get("error").asText().isBlank());
  }

  @Test
  void an_article_is_served_by_id_and_an_unknown_id_is_a_404() throws Exception {
    String id = ids(http.get("/api/search?size=1").json()).get(0);
    Answer a = http.get("/api/articles/" + enc(id));
    assertEquals(200, a.status());
    assertEquals(id, a.json().get("id").asText());
    assertFalse(a.json().get("body").asText().isBlank());
    Answer noRoute = http.get("/api/nothing-here");
    assertEquals(404, noRoute.status());
    assertTrue(noRoute.json().get("error").asText().contains("/api/nothing-here"), noRoute.body());
    Answer missing = http.get("/api/articles/no-such-article");
    assertEquals(404, missing.status());
    assertTrue(missing.json().get("error").asText().contains("no-such-article"));
  }

  private static boolean artistsContain(JsonNode hit, String artist) {
    for (JsonNode a : hit.get("artists")) {
      if (a.asText().equals(artist)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> langs(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.get("hits").forEach(h -> out.add(h.get("lang").asText()));
    return out;
  }

  private static JsonNode stripSelected(JsonNode facet) {
    com.fasterxml.jackson.databind.node.ArrayNode copy = facet.deepCopy();
    copy.forEach(v -> ((com.fasterxml.jackson.databind.node.ObjectNode) v).put("selected", false));
    return copy;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
