package io.hallyu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hallyu.search.UserQuery.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryTest {
  static Term w(String s) {
    return new Term(s, false);
  }

  static Term p(String s) {
    return new Term(s, true);
  }

  @Test
  void words_are_required_groups() {
    assertEquals(new UserQuery(List.of(List.of(w("뷔")), List.of(w("concert"))), List.of()),
        UserQuery.parse("뷔  concert"));
  }

  @Test
  void phrases_exclusions_and_or() {
    UserQuery q = UserQuery.parse("\"love wins all\" IU OR 아이유 -drama -\"music bank\"");
    assertEquals(List.of(List.of(p("love wins all")), List.of(w("IU"), w("아이유"))), q.groups());
    assertEquals(List.of(w("drama"), p("music bank")), q.excluded());
  }

  @Test
  void an_unbalanced_quote_falls_back_to_plain_words() {
    assertEquals(List.of(List.of(w("love")), List.of(w("wins"))), UserQuery.parse("\"love wins").groups());
  }

  @Test
  void stray_operators_are_ignored() {
    assertEquals(List.of(List.of(w("bts"))), UserQuery.parse("OR bts OR").groups());
    assertEquals(List.of(List.of(w("bts"))), UserQuery.parse("- bts -").groups());
    assertEquals(new UserQuery(List.of(), List.of()), UserQuery.parse("  \"\"  "));
  }

  @Test
  void lowercase_or_is_a_word() {
    assertEquals(List.of(List.of(w("rock")), List.of(w("or")), List.of(w("roll"))),
        UserQuery.parse("rock or roll").groups());
  }
}
