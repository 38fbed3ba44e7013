package io.hallyu.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.artist.Artist;
import io.hallyu.artist.ArtistRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typing cases and the ranking rules, over the bundled registry. */
class ArtistSuggesterTest {
  static final ArtistSuggester BUNDLED = new ArtistSuggester(ArtistRegistry.bundled());
  /** Articles per artist, roughly as in the sample corpus. */
  static final Map<String, Integer> COUNTS = Map.of("BTS", 30, "IU", 6, "V", 5, "NewJeans", 4,
      "BLACKPINK", 12, "Jisoo (BLACKPINK)", 2, "TWICE", 2, "Jeongyeon", 1);
  static final ToIntFunction<String> POPULARITY = c -> COUNTS.getOrDefault(c, 0);

  static List<Suggestion> suggest(String query) {
    return BUNDLED.suggest(query, 8, POPULARITY);
  }

  @ParameterizedTest(name = "{0} → {2} ({1})")
  @CsvSource({
      // half-typed last syllable, as the 2-set input method shows it
      "아이ㅇ, IU, 아이유",
      "아잉, IU, 아이유",
      "뉴지, NewJeans, 뉴진스",
      "뉴, NewJeans, 뉴진스",
      // the 천지인 keypad: ㅡ is on the way to ㅠ
      "아이으, IU, 아이유",
      // initials
      "ㅇㅇㅇ, IU, 아이유",
      "ㅂㅌㅅㄴㄷ, BTS, 방탄소년단",
      "ㅂㅌ, BTS, 방탄",
      // the wrong layout, both ways
      "dkdldb, IU, 아이유",
      "dkdl, IU, 아이유",
      "ㅠㅅㄴ, BTS, BTS",
      // romanized names and their spelling variants
      "taehyung, V, Taehyung",
      "taehyeong, V, Taehyung",
      "kim tae, V, Kim Taehyung",
      "Kim Tae-hyung, V, Kim Taehyung",
      "jisoo, Jisoo (BLACKPINK), Jisoo",
      "jisu, Jisoo (BLACKPINK), Jisoo",
      "jeongyeon, Jeongyeon, Jeongyeon",
      "jungyeon, Jeongyeon, Jeongyeon",
      // English, case-insensitive
      "new, NewJeans, NewJeans",
      "NEWJ, NewJeans, NewJeans",
      "Rose, Rosé, Rosé",
      // Korean names of members
      "뷔, V, 뷔",
      "김태, V, 김태형",
  })
  void suggests_the_artist_first(String query, String canonical, String text) {
    Suggestion first = suggest(query).get(0);
    assertEquals(canonical, first.value(), () -> query + " → " + suggest(query));
    assertEquals(text, first.text(), () -> query + " → " + suggest(query));
    assertEquals("artist", first.type());
  }

  @Test
  void an_artist_is_suggested_once_with_its_best_name() {
    List<Suggestion> s = suggest("jisoo");
    assertEquals(s.size(), new HashSet<>(s.stream().map(Suggestion::value).toList()).size(), s::toString);
    assertEquals(List.of("Jisoo (BLACKPINK)", "Jisoo (Busters)", "Jisoo (Tahiti)"),
        s.subList(0, 3).stream().map(Suggestion::value).toList());
  }

  @Test
  void popularity_orders_artists_that_match_equally() {
    ToIntFunction<String> tahitiFamous = c -> c.equals("Jisoo (Tahiti)") ? 50 : 0;
    assertEquals("Jisoo (Tahiti)", BUNDLED.suggest("jisoo", 8, tahitiFamous).get(0).value());
    assertEquals("Jisoo (BLACKPINK)", BUNDLED.suggest("jisoo", 8, POPULARITY).get(0).value());
  }

  @Test
  void hangul_typed_shows_the_korean_name_and_latin_typed_the_latin_one() {
    assertEquals("지수", suggest("지수").get(0).text());
    assertEquals("Jisoo", suggest("jisoo").get(0).text());
    assertEquals("방탄소년단", suggest("방탄소").get(0).text());
    assertEquals("BTS", suggest("bts").get(0).text());
  }

  @Test
  void details_name_the_artist_and_what_they_are() {
    assertEquals("IU (아이유) · solo", suggest("아이유").get(0).detail());
    assertEquals("V (뷔) · BTS", suggest("taehyung").get(0).detail());
    assertEquals("BTS (방탄소년단) · group", suggest("ㅂㅌㅅㄴㄷ").get(0).detail());
    assertEquals("Jisoo (지수) · BLACKPINK", suggest("jisoo").get(0).detail());
  }

  @Test
  void blank_or_unmatched_queries_suggest_nothing() {
    assertEquals(List.of(), suggest(""));
    assertEquals(List.of(), suggest("   "));
    assertEquals(List.of(), suggest("zzqxv"));
    assertEquals(List.of(), BUNDLED.suggest("iu", 0, POPULARITY));
  }

  @Test
  void size_caps_the_list() {
    assertEquals(3, BUNDLED.suggest("s", 3, POPULARITY).size());
  }

  // ranking rules on a registry made for them

  static Artist person(String canonical, String ko) {
    return new Artist(canonical, "person", ko, canonical, null, null, null, null, null, null);
  }

  static final ArtistSuggester SMALL = new ArtistSuggester(new ArtistRegistry(List.of(
      person("Sun", "선"), person("Sunmi", "선미"), person("Sunny Day", "써니데이"),
      person("Midnight Sun", "미드나잇 선"), person("Sunshine Kids", null))));

  static List<String> values(List<Suggestion> s) {
    return s.stream().map(Suggestion::value).toList();
  }

  @Test
  void exact_before_prefix_before_infix_whatever_the_popularity() {
    Map<String, Integer> counts = Map.of("Sunmi", 100, "Midnight Sun", 1000, "Sunny Day", 10);
    assertEquals(List.of("Sun", "Sunmi", "Sunny Day", "Sunshine Kids", "Midnight Sun"),
        values(SMALL.suggest("sun", 8, c -> counts.getOrDefault(c, 0))));
  }

  @Test
  void popularity_orders_within_a_tier_then_shorter_names() {
    assertEquals(List.of("Sun", "Sunmi", "Sunny Day", "Sunshine Kids", "Midnight Sun"),
        values(SMALL.suggest("sun", 8, c -> 0)));
    Map<String, Integer> counts = Map.of("Sunshine Kids", 3);
    assertEquals(List.of("Sun", "Sunshine Kids", "Sunmi", "Sunny Day", "Midnight Sun"),
        values(SMALL.suggest("sun", 8, c -> counts.getOrDefault(c, 0))));
  }

  @Test
  void a_word_inside_a_name_matches_as_infix() {
    assertEquals(List.of("Sunshine Kids"), values(SMALL.suggest("kid", 8, c -> 0)));
    assertEquals(List.of("Midnight Sun"), values(SMALL.suggest("미드", 8, c -> 0)));
    assertEquals(List.of("Sun", "Sunmi", "Midnight Sun"), values(SMALL.suggest("선", 8, c -> 0)),
        "선 is a word of 미드나잇 선");
  }

  @Test
  void a_converted_exact_match_ranks_with_literal_prefixes() {
    // "tjs" is 선 typed with the English layout on; Latin "tjs..." names would come first.
    assertEquals("선", SMALL.suggest("tjs", 8, c -> 0).get(0).text());
    assertEquals(List.of("Sun", "Sunmi", "Midnight Sun"), values(SMALL.suggest("tjs", 8, c -> 0)));
  }

  @Test
  void folds_case_without_the_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("IU", suggest("IU").get(0).value());
      assertEquals("IVE", suggest("IVE").get(0).value());
      assertEquals("Lisa", suggest("LISA").get(0).value());
      assertEquals("IU", suggest("İU").get(0).value(), "capital dotted I");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void knows_every_registry_artist() {
    assertEquals(ArtistRegistry.bundled().artists().size(), BUNDLED.artistCount());
    assertTrue(BUNDLED.keyCount() > 10 * BUNDLED.artistCount(), () -> "keys " + BUNDLED.keyCount());
  }
}
