package io.hallyu.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.Fixtures;
import io.hallyu.search.InvalidRequestException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles, popularity from the index and the merged list, over a small real index. */
class SuggestServiceTest {
  @TempDir Path dir;
  Engine engine;
  SuggestService service;

  static String article(String id, String title, String date, String... artists) {
    String list = String.join("\", \"", artists);
    return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"본문 body\", "
        + (date == null ? "" : "\"date\": \"" + date + "\", ")
        + "\"lang\": \"en\", \"artists\": [" + (artists.length == 0 ? "" : "\"" + list + "\"") + "]}";
  }

  @BeforeEach
  void open() throws Exception {
    engine = Fixtures.engine(dir,
        article("a1", "IU casts V in music video for Love wins all", "2024-01-24", "IU"),
        article("a2", "Love wins all tops the charts", "2024-01-20", "IU"),
        article("a3", "아이유 'Love wins all' 공개", "2024-01-25", "IU"),
        article("a4", "Lovely weather for a concert", "2024-02-01"),
        article("a5", "Loved by all: a wins and losses review", "2024-03-01"),
        article("a6", "뉴진스, 데뷔 앨범 발표", "2022-08-01", "NewJeans"),
        article("a7", "Love wins all tops the charts", "2024-01-21"),
        article("a8", "Love wins all, undated", null));
    service = engine.suggest();
  }

  @AfterEach
  void close() throws Exception {
    engine.close();
  }

  static List<String> texts(List<Suggestion> s) {
    return s.stream().map(Suggestion::text).toList();
  }

  TitleSuggester titles() {
    return new TitleSuggester(engine.index());
  }

  @Test
  void titles_starting_with_the_query_first_then_newest_first() throws Exception {
    assertEquals(List.of("Love wins all tops the charts", "Love wins all, undated",
            "아이유 'Love wins all' 공개", "IU casts V in music video for Love wins all"),
        texts(titles().suggest("love wi", 10)));
  }

  @Test
  void title_words_match_in_order_as_prefixes() throws Exception {
    assertEquals(List.of(), texts(titles().suggest("wins love", 10)));
    assertEquals(List.of("Lovely weather for a concert"), texts(titles().suggest("lovely", 10)));
  }

  @Test
  void the_same_title_is_suggested_once_with_the_newest_id() throws Exception {
    List<Suggestion> s = titles().suggest("love wins all tops", 10);
    assertEquals(1, s.size(), s::toString);
    assertEquals("a7", s.get(0).id());
    assertEquals("title", s.get(0).type());
  }

  @Test
  void hangul_titles_match_half_typed_syllables() throws Exception {
    assertEquals(List.of("아이유 'Love wins all' 공개"), texts(titles().suggest("아이ㅇ", 10)));
    assertEquals(List.of("뉴진스, 데뷔 앨범 발표"), texts(titles().suggest("뉴지", 10)));
    assertEquals(List.of("뉴진스, 데뷔 앨범 발표"), texts(titles().suggest("뉴진스 데뷔 앨", 10)));
  }

  @Test
  void one_letter_suggests_no_titles() throws Exception {
    assertEquals(List.of(), titles().suggest("l", 10));
  }

  @Test
  void title_case_folds_without_the_default_locale() throws Exception {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(4, titles().suggest("LOVE WINS ALL", 10).size());
      assertEquals("IU", service.suggest("IU", 8).suggestions().get(0).value());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void artists_first_then_titles() throws Exception {
    SuggestResponse r = service.suggest("아이ㅇ", 8);
    assertEquals("아이ㅇ", r.query());
    assertEquals(Suggestion.artist("아이유", "IU", "IU (아이유) · solo"), r.suggestions().get(0));
    Suggestion last = r.suggestions().get(r.suggestions().size() - 1);
    assertEquals(Suggestion.title("아이유 'Love wins all' 공개", "a3"), last);
  }

  @Test
  void artists_leave_half_the_list_to_titles() throws Exception {
    List<Suggestion> s = service.suggest("love", 4).suggestions();
    assertEquals(4, s.size(), s::toString);
    long titleCount = s.stream().filter(x -> x.type().equals("title")).count();
    assertTrue(titleCount >= 2, s::toString);
    assertEquals(List.of(), service.suggest("", 8).suggestions());
    assertEquals(List.of(), service.suggest(null, 8).suggestions());
  }

  @Test
  void popularity_comes_from_the_index_and_follows_it() throws Exception {
    // Three Jisoos; none has articles yet, so the registry's order decides.
    assertEquals("Jisoo (BLACKPINK)", service.suggest("jisoo", 8).suggestions().get(0).value());
    Fixtures.ingest(engine,
        article("t1", "Tahiti news one", "2024-01-01", "Jisoo (Tahiti)"),
        article("t2", "Tahiti news two", "2024-01-02", "Jisoo (Tahiti)"));
    assertEquals("Jisoo (Tahiti)", service.suggest("jisoo", 8).suggestions().get(0).value());
  }

  @Test
  void an_article_added_later_is_suggested_within_a_second() throws Exception {
    try (var ingester = engine.ingester()) {
      io.hallyu.article.ArticleFiles.read("late.jsonl", new java.io.ByteArrayInputStream(
          article("late", "Zerobaseone surprise comeback", "2025-01-01")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)), ingester);
      ingester.finish();
    }
    long start = System.nanoTime();
    List<Suggestion> found = List.of();
    while (found.isEmpty() && System.nanoTime() - start < 3_000_000_000L) {
      found = titles().suggest("zerobaseone sur", 5);
      Thread.sleep(20);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(List.of(Suggestion.title("Zerobaseone surprise comeback", "late")), found);
    assertTrue(millis < 1000, "visible after " + millis + " ms");
  }

  @Test
  void size_and_query_length_are_checked() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> service.suggest("iu", 0));
    assertEquals("size", e.parameter());
    assertThrows(InvalidRequestException.class, () -> service.suggest("iu", SuggestService.MAX_SIZE + 1));
    assertEquals("q", assertThrows(InvalidRequestException.class,
        () -> service.suggest("a".repeat(SuggestService.MAX_QUERY_LENGTH + 1), 8)).parameter());
  }
}
