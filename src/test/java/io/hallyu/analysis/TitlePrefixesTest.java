package io.hallyu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TitlePrefixesTest {

  /** Terms as {@code term/positionIncrement}. */
  static List<String> indexed(String title) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream s = TitlePrefixes.indexStream(title)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = s.addAttribute(PositionIncrementAttribute.class);
      s.reset();
      while (s.incrementToken()) {
        out.add(term + "/" + inc.getPositionIncrement());
      }
      s.end();
    }
    return out;
  }

  @Test
  void every_word_prefix_at_the_word_position_after_a_start_token() throws IOException {
    assertEquals(List.of("\u0002/1", "l/1", "lo/0", "lov/0", "love/0", "w/1", "wi/0"),
        indexed("Love wi"));
  }

  @Test
  void hangul_words_are_spelled_as_keystroke_jamo() throws IOException {
    assertEquals(List.of("\u0002/1", "ㄴ/1", "ㄴㅠ/0", "ㄴㅠㅈ/0", "ㄴㅠㅈㅣ/0", "ㄴㅠㅈㅣㄴ/0"),
        indexed("뉴진"));
  }

  @Test
  void query_words_lowercased_and_folded() {
    assertEquals(List.of("love", "wi"), TitlePrefixes.queryTokens("'Love Wi"));
    assertEquals(List.of("rose", "apt"), TitlePrefixes.queryTokens("Rosé — APT."));
  }

  @Test
  void a_half_typed_syllable_is_a_prefix_of_the_word() {
    assertEquals(List.of("ㅇㅏㅇㅣㅇ"), TitlePrefixes.queryTokens("아이ㅇ"));
    assertEquals(List.of("ㅇㅏㅇㅣㅇ"), TitlePrefixes.queryTokens("아잉"));
    assertEquals(List.of("ㄴㅠㅈㅣ"), TitlePrefixes.queryTokens("뉴지"));
  }

  @Test
  void long_words_are_cut_to_the_longest_indexed_prefix() {
    String word = "a".repeat(40);
    assertEquals(List.of("a".repeat(TitlePrefixes.MAX_PREFIX)), TitlePrefixes.queryTokens(word));
  }

  @Test
  void the_start_token_cannot_be_typed() {
    assertEquals(List.of("x"), TitlePrefixes.queryTokens("\u0002 x"));
  }

  @Test
  void lowercases_without_the_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of("love", "wins", "it"), TitlePrefixes.queryTokens("LOVE WINS IT"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
