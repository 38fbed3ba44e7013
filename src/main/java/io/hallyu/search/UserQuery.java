package io.hallyu.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The forgiving user query syntax: words, {@code "phrases"}, {@code -exclusions} and {@code OR}
 * between two terms; terms are otherwise all required. Nothing a user types is an error: an
 * unbalanced quote makes every quote a plain space, stray operators are ignored.
 *
 * @param groups required groups; the terms within one group are alternatives (joined by OR)
 * @param excluded terms no result may match
 */
public record UserQuery(List<List<Term>> groups, List<Term> excluded) {

  /** A word or a phrase, as the user wrote it. */
  public record Term(String text, boolean phrase) {}

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  public static UserQuery parse(String input) {
    String text = input.chars().filter(c -> c == '"').count() % 2 == 0
        ? input : input.replace('"', ' ');
    List<List<Term>> groups = new ArrayList<>();
    List<Term> excluded = new ArrayList<>();
    boolean orPending = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < text.length()
          && !Character.isWhitespace(text.charAt(i + 1));
      int start = negated ? i + 1 : i;
      Term term;
      if (text.charAt(start) == '"') {
        int close = text.indexOf('"', start + 1);
        term = new Term(text.substring(start + 1, close).strip(), true);
        i = close + 1;
      } else {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
            && text.charAt(end) != '"') {
          end++;
        }
        term = new Term(text.substring(start, end), false);
        i = end;
      }
      if (term.text().isEmpty() || term.text().equals("-")) {
        continue;
      }
      if (!negated && !term.phrase() && term.text().equals("OR")) {
        orPending = !groups.isEmpty();
        continue;
      }
      if (negated) {
        excluded.add(term);
        orPending = false;
      } else if (orPending) {
        groups.get(groups.size() - 1).add(term);
        orPending = false;
      } else {
        groups.add(new ArrayList<>(List.of(term)));
      }
    }
    return new UserQuery(groups.stream().map(List::copyOf).toList(), List.copyOf(excluded));
  }
}
