package io.hallyu.suggest;

import io.hallyu.analysis.Hangul;
import io.hallyu.analysis.HangulKeyboard;
import io.hallyu.analysis.HangulRomanizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys names and queries are compared by. Names and queries go through the same functions,
 * so a query matches when its key is a prefix of a name's key.
 */
final class NameKeys {
  private NameKeys() {}

  /** NFC, with accents removed from Latin letters ({@code Rosé → Rose}); Hangul kept whole. */
  static String fold(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c < 0x80 || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E);
    }
    if (plain) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** 2-set keystrokes; Latin lowercased; only letters and digits: {@code 아이유 → dkdldb}. */
  static String keystroke(String folded) {
    return HangulKeyboard.keystrokeKey(folded);
  }

  /** 천지인 strokes, for names and queries with Hangul: {@code 아이으} prefixes {@code 아이유}. */
  static String cheonjiin(String folded) {
    return HangulKeyboard.cheonjiinKey(folded);
  }

  /**
   * Initial consonants of a Hangul name ({@code 방탄소년단 → ㅂㅌㅅㄴㄷ}), or empty when the name
   * has letters that are not Hangul syllables (their initials would not be typed as jamo).
   */
  static String initials(String folded) {
    String initials = Hangul.initials(folded);
    for (int i = 0; i < initials.length(); i++) {
      char c = initials.charAt(i);
      if (c < 0x3131 || c > 0x314E) {
        return "";
      }
    }
    return initials;
  }

  /** Initials typed as a query ({@code ㅂㅌㅅ}), spaces removed; empty when not initials only. */
  static String initialsQuery(String folded) {
    return Hangul.isInitialsOnly(folded) ? folded.replaceAll("\\s+", "") : "";
  }

  /** Folded Latin spellings: romanizations of Hangul, or the Latin name folded. */
  static List<String> romanizations(String folded) {
    if (hasHangul(folded)) {
      return new ArrayList<>(HangulRomanizer.romanizationKeys(folded));
    }
    String key = HangulRomanizer.foldRoman(folded);
    return key.isEmpty() ? List.of() : List.of(key);
  }

  /** One folded spelling of a word inside a name, Hangul romanized: {@code 보이즈 → boiju}. */
  static String romanizedWord(String folded) {
    return HangulRomanizer.foldRoman(HangulRomanizer.romanize(folded));
  }

  /** The fold of a half-typed Latin query, for {@link #romanizations}. */
  static String romanizationQuery(String folded) {
    return HangulRomanizer.foldRomanPrefix(folded);
  }

  static boolean hasHangul(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E) || (c >= 0x1100 && c <= 0x11FF)) {
        return true;
      }
    }
    return false;
  }

  /** Whether typing the text needs Shift on a key with a shifted jamo (Q W E R T O P). */
  static boolean hasShiftedJamoKey(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case 'Q', 'W', 'E', 'R', 'T', 'O', 'P':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /**
   * Where words start inside a name, after its first word: after a space or punctuation
   * ({@code Bangtan Boys}, {@code (G)I-DLE}) and at a lower-to-upper case change
   * ({@code NewJeans}). Typing one of these is an infix match.
   */
  static List<Integer> innerWordStarts(String name) {
    List<Integer> starts = new ArrayList<>(2);
    boolean seenLetter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      if (seenLetter) {
        char before = name.charAt(i - 1);
        if (!Character.isLetterOrDigit(before)
            || (Character.isLowerCase(before) && Character.isUpperCase(c))) {
          starts.add(i);
        }
      }
      seenLetter = true;
    }
    return starts;
  }
}
