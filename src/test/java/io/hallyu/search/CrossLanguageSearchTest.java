package io.hallyu.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hallyu.Engine;
import io.hallyu.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * For each of 36 artists, an English article that names the artist only in English and a Korean
 * one that names them only in Hangul; a query in one language must find the article in the other.
 * Context-hungry names (V, 뷔, Rosé, 제니) come with their group, as news writes them.
 */
class CrossLanguageSearchTest {
  /** Artist, English query, Korean query, how an English article names them, how a Korean one does. */
  record Pair(String artist, String en, String ko, String enMention, String koMention) {}

  static final List<Pair> PAIRS = List.of(
      new Pair("BTS", "BTS", "방탄소년단", "BTS", "방탄소년단"),
      new Pair("V", "V", "뷔", "BTS's V", "방탄소년단 뷔"),
      new Pair("Jungkook", "Jungkook", "정국", "BTS member Jungkook", "방탄소년단 정국"),
      new Pair("Jimin (BTS)", "Jimin", "지민", "BTS's Jimin", "방탄소년단 지민"),
      new Pair("J-Hope", "J-Hope", "제이홉", "J-Hope", "제이홉"),
      new Pair("BLACKPINK", "BLACKPINK", "블랙핑크", "BLACKPINK", "블랙핑크"),
      new Pair("Jennie", "Jennie", "제니", "Jennie", "블랙핑크 제니"),
      new Pair("Lisa", "Lisa", "리사", "Lisa", "리사"),
      new Pair("Rosé", "Rosé", "로제", "BLACKPINK's Rosé", "블랙핑크 로제"),
      new Pair("Jisoo (BLACKPINK)", "Jisoo", "지수", "Jisoo of BLACKPINK", "블랙핑크 지수"),
      new Pair("TWICE", "TWICE", "트와이스", "TWICE", "트와이스"),
      new Pair("Nayeon", "Nayeon", "나연", "TWICE's Nayeon", "트와이스 나연"),
      new Pair("IU", "IU", "아이유", "IU", "아이유"),
      new Pair("NewJeans", "NewJeans", "뉴진스", "NewJeans", "뉴진스"),
      new Pair("Haerin", "Haerin", "해린", "Haerin", "해린"),
      new Pair("Red Velvet", "Red Velvet", "레드벨벳", "Red Velvet", "레드벨벳"),
      new Pair("Seulgi", "Seulgi", "슬기", "Seulgi", "레드벨벳 슬기"),
      new Pair("EXO", "EXO", "엑소", "EXO", "엑소"),
      new Pair("Baekhyun", "Baekhyun", "백현", "Baekhyun", "백현"),
      new Pair("Kai", "Kai", "카이", "EXO's Kai", "엑소 카이"),
      new Pair("SEVENTEEN", "SEVENTEEN", "세븐틴", "SEVENTEEN", "세븐틴"),
      new Pair("Hoshi", "Hoshi", "호시", "Hoshi", "호시"),
      new Pair("aespa", "aespa", "에스파", "aespa", "에스파"),
      new Pair("Karina", "Karina", "카리나", "Karina", "카리나"),
      new Pair("IVE", "IVE", "아이브", "IVE", "아이브"),
      new Pair("Jang Wonyoung", "Jang Won-young", "장원영", "Jang Won-young", "장원영"),
      new Pair("Apink", "Apink", "에이핑크", "Apink", "에이핑크"),
      new Pair("Stray Kids", "Stray Kids", "스트레이 키즈", "Stray Kids", "스트레이 키즈"),
      new Pair("G-Dragon", "G-Dragon", "지드래곤", "G-Dragon", "지드래곤"),
      new Pair("Taeyeon", "Taeyeon", "태연", "Taeyeon", "태연"),
      new Pair("Sunmi", "Sunmi", "선미", "Sunmi", "선미"),
      new Pair("HyunA", "HyunA", "현아", "HyunA", "현아"),
      new Pair("PSY", "PSY", "싸이", "PSY", "싸이"),
      new Pair("MAMAMOO", "MAMAMOO", "마마무", "MAMAMOO", "마마무"),
      new Pair("Taemin", "Taemin", "태민", "SHINee's Taemin", "샤이니 태민"),
      new Pair("LE SSERAFIM", "LE SSERAFIM", "르세라핌", "LE SSERAFIM", "르세라핌"));

  @TempDir static Path dir;
  static Engine engine;

  @BeforeAll
  static void index() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PAIRS.size(); i++) {
      Pair p = PAIRS.get(i);
      lines.add(article(json, "en-" + i, "en", p.enMention() + " announces a world tour",
          "The tour by " + p.enMention() + " opens in Seoul this summer, with stadium dates to follow."));
      lines.add(article(json, "ko-" + i, "ko", p.koMention() + ", 월드투어 발표",
          p.koMention() + "의 월드투어가 올여름 서울에서 시작된다. 팬들의 기대가 크다."));
    }
    engine = Fixtures.engine(dir, lines.toArray(String[]::new));
  }

  private static String article(ObjectMapper json, String id, String lang, String title, String body) {
    ObjectNode n = json.createObjectNode();
    n.put("id", id).put("lang", lang).put("title", title).put("body", body);
    return n.toString();
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  static Stream<Arguments> queries() {
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < PAIRS.size(); i++) {
      Pair p = PAIRS.get(i);
      out.add(Arguments.of(p.ko(), "en-" + i, p.enMention()));
      out.add(Arguments.of(p.en(), "ko-" + i, p.koMention()));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} finds {1} ({2})")
  @MethodSource("queries")
  void a_query_in_one_language_finds_the_article_written_in_the_other(String query, String id,
      String mention) throws Exception {
    assertTrue(!mention.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)),
        "the article must not contain the query itself");
    SearchResponse r = engine.search().search(SearchRequest.of(query));
    assertTrue(r.hits().stream().anyMatch(h -> h.id().equals(id)),
        query + " should find " + id + " (" + mention + "), got "
            + r.hits().stream().map(h -> h.id() + " " + h.artists()).toList());
  }

  @org.junit.jupiter.api.Test
  void there_are_at_least_thirty_artists() {
    assertTrue(PAIRS.size() >= 30);
  }
}
