package io.hallyu.artist;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a name: lower-cased, accents and everything but letters and digits removed,
 * so {@code Kim Tae-hyung}, {@code kim taehyung} and {@code KIM TAEHYUNG} meet, and {@code Rosé}
 * meets {@code Rose}.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(CharSequence name) {
    String plain = plain(name);
    return plain != null ? plain : normalized(name);
  }

  /**
   * The key of a name written only in ASCII and precomposed Hangul syllables, which is nearly
   * every word the tagger sees, without normalizing: NFD leaves ASCII alone and splits a syllable
   * into jamo that NFC puts back, and nothing here can compose with its neighbour. Null for any
   * other name.
   */
  static String plain(CharSequence name) {
    int n = name.length();
    boolean same = true;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80 && !isSyllable(c)) {
        return null;
      }
      same &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80;
    }
    if (same) {
      return name.toString();
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + ('a' - 'A')));
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The key by the definition: any name, at the cost of two normalizations. */
  static String normalized(CharSequence name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    // Hangul was split into jamo by NFD: put the syllables back together.
    return Normalizer.normalize(sb, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** A precomposed Hangul syllable, 가 to 힣. */
  static boolean isSyllable(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }
}
