package io.hallyu.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

  @Test
  void a_header_may_run_straight_on_into_the_first_sentence() {
    RawArticle a = TextArticleReader.parse("date 2024-02-04 On February 4, 2024, fans gathered.");
    assertEquals("2024-02-04", a.date());
    assertEquals("On February 4, 2024, fans gathered.", a.body());
    assertNull(a.title());
  }

  @Test
  void headers_may_stand_on_their_own_lines() {
    RawArticle a = TextArticleReader.parse("""
        title IU sells out the stadium
        outlet Seoul Beat
        url https://seoulbeat.example/iu
        lang en
        date February 4, 2024
        The concert sold out in minutes.
        """);
    assertEquals("IU sells out the stadium", a.title());
    assertEquals("Seoul Beat", a.outlet());
    assertEquals("https://seoulbeat.example/iu", a.url());
    assertEquals("en", a.lang());
    assertEquals("February 4, 2024", a.date());
    assertEquals("The concert sold out in minutes.", a.body());
  }

  @Test
  void a_first_word_that_only_looks_like_a_header_stays_in_the_text() {
    RawArticle a = TextArticleReader.parse("Date night ends early for fans.");
    assertNull(a.date());
    assertEquals("Date night ends early for fans.", a.body());
  }

  @Test
  void korean_dates_work_as_headers() {
    RawArticle a = TextArticleReader.parse("date 2024년 2월 4일 팬들이 모였다.");
    assertEquals("2024년 2월 4일", a.date());
    assertEquals("팬들이 모였다.", a.body());
  }
}
