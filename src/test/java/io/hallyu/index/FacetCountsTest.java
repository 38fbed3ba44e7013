package io.hallyu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hallyu.Engine;
import io.hallyu.Fixtures;
import io.hallyu.search.SearchRequest;
import io.hallyu.search.SearchResponse;
import io.hallyu.search.SearchResponse.FacetValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact facet counts on a six-article fixture, including drill-sideways multi-select. */
class FacetCountsTest {
  @TempDir static Path dir;
  static Engine engine;

  @BeforeAll
  static void index() throws Exception {
    engine = Fixtures.engine(dir,
        "{\"id\":\"1\",\"title\":\"아이유 콘서트\",\"body\":\"아이유가 노래했다\",\"date\":\"2024-01-10\",\"outlet\":\"A\",\"lang\":\"ko\"}",
        "{\"id\":\"2\",\"title\":\"IU album\",\"body\":\"IU released an album\",\"date\":\"2024-01-20\",\"outlet\":\"B\",\"lang\":\"en\"}",
        "{\"id\":\"3\",\"title\":\"BTS's V solo\",\"body\":\"Kim Taehyung sings\",\"date\":\"2024-02-01\",\"outlet\":\"A\",\"lang\":\"en\"}",
        "{\"id\":\"4\",\"title\":\"뉴진스 컴백\",\"body\":\"뉴진스가 돌아왔다\",\"date\":\"2024-02-15\",\"outlet\":\"C\",\"lang\":\"ko\"}",
        "{\"id\":\"5\",\"title\":\"IU and V duet\",\"body\":\"IU and BTS's V in a video\",\"date\":\"2024-03-05\",\"outlet\":\"B\",\"lang\":\"en\"}",
        "{\"id\":\"6\",\"title\":\"무제\",\"body\":\"날씨가 맑다\",\"outlet\":\"C\",\"lang\":\"ko\"}");
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  static SearchResponse search(List<String> artists, List<String> outlets, LocalDate from, LocalDate to)
      throws Exception {
    return engine.search().search(new SearchRequest("", artists, outlets, List.of(), from, to,
        null, 1, 10));
  }

  static Map<String, Integer> counts(SearchResponse r, String dim) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (FacetValue v : r.facets().get(dim)) {
      out.put(v.value(), v.count());
    }
    return out;
  }

  @Test
  void everything_newest_first_with_all_counts() throws Exception {
    SearchResponse r = search(List.of(), List.of(), null, null);
    assertEquals(6, r.total());
    assertEquals(List.of("5", "4", "3", "2", "1", "6"), r.hits().stream().map(h -> h.id()).toList());
    assertEquals(Map.of("IU", 3, "V", 2, "BTS", 2, "NewJeans", 1), counts(r, "artist"));
    assertEquals(Map.of("A", 2, "B", 2, "C", 2), counts(r, "outlet"));
    assertEquals(Map.of("ko", 3, "en", 3), counts(r, "lang"));
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), List.copyOf(counts(r, "month").keySet()));
    assertEquals(List.of(2, 2, 1), List.copyOf(counts(r, "month").values()));
  }

  @Test
  void values_within_a_facet_are_ored_and_its_counts_ignore_its_own_selection() throws Exception {
    SearchResponse r = search(List.of("IU", "NewJeans"), List.of(), null, null);
    assertEquals(4, r.total());
    // Artist counts stay as if no artist were selected: shoppers can widen the selection.
    assertEquals(Map.of("IU", 3, "V", 2, "BTS", 2, "NewJeans", 1), counts(r, "artist"));
    // Other facets count only the selected artists' articles.
    assertEquals(Map.of("A", 1, "B", 2, "C", 1), counts(r, "outlet"));
    assertEquals(true, r.facets().get("artist").stream().filter(v -> v.value().equals("IU"))
        .findFirst().orElseThrow().selected());
  }

  @Test
  void facets_are_anded() throws Exception {
    SearchResponse r = search(List.of("IU"), List.of("B"), null, null);
    assertEquals(2, r.total());
    assertEquals(Map.of("IU", 2, "V", 1, "BTS", 1), counts(r, "artist"));
    assertEquals(Map.of("A", 1, "B", 2), counts(r, "outlet"));
  }

  @Test
  void a_date_range_filters_results_but_the_month_histogram_keeps_its_shape() throws Exception {
    SearchResponse r = search(List.of(), List.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    assertEquals(2, r.total());
    assertEquals(List.of(2, 2, 1), List.copyOf(counts(r, "month").values()));
    assertEquals(Map.of("A", 1, "C", 1), counts(r, "outlet"));
  }

  @Test
  void an_artist_filter_accepts_any_alias() throws Exception {
    assertEquals(2, search(List.of("뷔"), List.of(), null, null).total());
    assertEquals(2, search(List.of("Kim Taehyung"), List.of(), null, null).total());
  }

  @Test
  void a_repeated_search_is_answered_from_the_cache_until_the_index_changes() throws Exception {
    SearchRequest request = SearchRequest.of("IU");
    SearchResponse first = engine.search().search(request);
    SearchResponse again = engine.search().search(request);
    assertEquals(first.hits(), again.hits());
    org.junit.jupiter.api.Assertions.assertSame(first.facets(), again.facets(), "served from the cache");

    Fixtures.ingest(engine, "{\"id\":\"7\",\"title\":\"IU encore\",\"body\":\"IU again\",\"date\":\"2024-04-01\",\"outlet\":\"A\",\"lang\":\"en\"}");
    try {
      SearchResponse after = engine.search().search(request);
      assertEquals(first.total() + 1, after.total(), "a refresh brings a fresh answer");
    } finally {
      engine.index().delete("7");
      engine.index().commit();
      engine.index().refresh();
    }
  }
}
