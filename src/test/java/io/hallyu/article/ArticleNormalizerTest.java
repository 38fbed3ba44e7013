package io.hallyu.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {
  static RawArticle raw(String id, String title, String body, String date, String outlet, String url) {
    return new RawArticle(id, title, body, date, outlet, url, null, List.of());
  }

  @Test
  void without_a_title_the_first_sentence_becomes_one() {
    Article a = ArticleNormalizer.normalize(raw("x", null, "Fans cheered. Then they went home.", null, null, null));
    assertEquals("Fans cheered.", a.title());
  }

  @Test
  void a_long_first_sentence_is_cut_at_a_word_boundary() {
    String body = "word ".repeat(60) + "end.";
    String title = ArticleNormalizer.normalize(raw("x", null, body, null, null, null)).title();
    assertTrue(title.length() <= ArticleNormalizer.MAX_DERIVED_TITLE, title);
    assertTrue(title.endsWith("word…"), title);
  }

  @Test
  void the_outlet_defaults_to_the_url_host_without_www() {
    Article a = ArticleNormalizer.normalize(raw("x", "t", "b", null, null, "https://www.koreaherald.example/a/1"));
    assertEquals("koreaherald.example", a.outlet());
  }

  @Test
  void ids_derive_stably_from_url_else_content() {
    Article byUrl1 = ArticleNormalizer.normalize(raw(null, "t", "b", null, null, "https://x.example/1"));
    Article byUrl2 = ArticleNormalizer.normalize(raw(null, "other", "c", null, null, "https://x.example/1"));
    assertEquals(byUrl1.id(), byUrl2.id());
    Article byText1 = ArticleNormalizer.normalize(raw(null, "t", "b", null, null, null));
    Article byText2 = ArticleNormalizer.normalize(raw(null, "t", "b", null, null, null));
    assertEquals(byText1.id(), byText2.id());
    assertNotEquals(byUrl1.id(), byText1.id());
  }

  @Test
  void language_follows_the_dominant_script() {
    assertEquals("ko", ArticleNormalizer.detectLanguage("아이유가 'Love wins all'을 발표했다"));
    assertEquals("en", ArticleNormalizer.detectLanguage("IU released Love wins all (아이유)"));
  }

  @Test
  void records_without_text_or_with_impossible_dates_are_rejected() {
    assertThrows(InvalidArticleException.class, () -> ArticleNormalizer.normalize(raw("x", " ", "", null, null, null)));
    InvalidArticleException e = assertThrows(InvalidArticleException.class,
        () -> ArticleNormalizer.normalize(raw("x", "t", "b", "2024-02-30", null, null)));
    assertTrue(e.getMessage().contains("impossible date"), e.getMessage());
  }

  @Test
  void dates_are_parsed() {
    assertEquals(LocalDate.of(2024, 2, 4),
        ArticleNormalizer.normalize(raw("x", "t", "b", "4 Feb 2024", null, null)).date());
  }
}
