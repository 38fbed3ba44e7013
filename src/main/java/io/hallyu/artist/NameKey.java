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
}
