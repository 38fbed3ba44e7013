package io.hallyu.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesTest {
  static final LocalDate FEB_4 = LocalDate.of(2024, 2, 4);

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-04", "2024.02.04", "2024/02/04", "2024. 2. 4.", "2024년 2월 4일",
      "February 4, 2024", "Feb 4, 2024", "4 Feb 2024", "4 February 2024", "2024-02-04T10:00:00",
      "2024-02-04T10:00:00+09:00"})
  void every_accepted_spelling_parses(String text) {
    assertEquals(FEB_4, Dates.parse(text));
  }

  @Test
  void a_date_time_with_an_offset_is_taken_in_korea_time() {
    // 20:00 in New York on Feb 3 is 10:00 on Feb 4 in Seoul.
    assertEquals(FEB_4, Dates.parse("2024-02-03T20:00:00-05:00"));
    assertEquals(FEB_4, Dates.parse("2024-02-03T16:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2023년 2월 29일", "February 30, 2024", "yesterday", "2024-13-01"})
  void impossible_or_unknown_dates_are_rejected(String text) {
    assertThrows(InvalidArticleException.class, () -> Dates.parse(text));
  }

  @Test
  void a_prefix_reports_how_much_text_the_date_used() {
    Dates.Match m = Dates.parsePrefix("2024-02-04 On February 4");
    assertEquals(FEB_4, m.date());
    assertEquals(10, m.length());
    assertNull(Dates.parsePrefix("night out with friends"));
  }
}
