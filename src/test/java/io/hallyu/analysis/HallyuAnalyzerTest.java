package io.hallyu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hallyu.artist.ArtistRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class HallyuAnalyzerTest {
  static final Analyzer ANALYZER = Analyzers.forRegistry(ArtistRegistry.bundled());

  static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void group_names_stay_whole_and_lose_their_particles() throws IOException {
    assertEquals(List.of("뉴진스"), tokens("뉴진스가"));
    assertEquals(List.of("뉴진스"), tokens("뉴진스"));
    assertEquals(List.of("방탄소년단"), tokens("방탄소년단의"));
  }

  @Test
  void a_name_followed_by_a_particle_yields_the_name() throws IOException {
    assertEquals(List.of("아이유"), tokens("아이유의"));
    assertEquals(List.of("아이유"), tokens("아이유가"));
  }

  @Test
  void english_words_are_lower_cased_stemmed_and_stop_words_dropped() throws IOException {
    assertEquals(List.of("video"), tokens("videos"));
    assertEquals(List.of("bts", "release", "new", "video"), tokens("BTS's releases the new videos"));
  }

  @Test
  void hanja_is_read_as_hangul() throws IOException {
    assertEquals(List.of("가수", "아이유"), tokens("歌手 아이유"));
    // As in any sentence (防彈少年團 멤버): 團 is read as a suffix and dropped.
    assertEquals(List.of("방탄", "소년"), tokens("防彈少年團"));
  }

  @Test
  void korean_text_quoting_an_english_title_keeps_both() throws IOException {
    List<String> t = tokens("아이유가 'Love wins all'을 발표했다");
    assertEquals(List.of("아이유", "love", "win", "all", "발표"), t);
  }

  @Test
  void offsets_point_into_the_original_text() throws IOException {
    String text = "가수 아이유의 신곡";
    try (TokenStream ts = ANALYZER.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.toString().equals("아이유")) {
          assertEquals("아이유", text.substring(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    }
  }

  @Test
  void the_bigram_field_holds_overlapping_hangul_pairs_and_whole_latin_words() throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(HallyuAnalyzer.BIGRAM_FIELD, "뉴진스가 Ditto")) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    assertEquals(List.of("뉴진", "진스", "스가", "ditto"), out);
  }

  @Test
  void copulas_pronouns_and_bound_nouns_are_dropped() throws IOException {
    assertEquals(List.of("수도"), tokens("수도는 무엇인가"));
    assertEquals(List.of("서울"), tokens("그것은 서울이다"));
  }
}
