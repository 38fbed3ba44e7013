package io.hallyu.analysis;

import io.hallyu.artist.Artist;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.NameKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;

/** Builds the project's analyzer from the artist registry. */
public final class Analyzers {
  private Analyzers() {}

  /** The text analyzer with the registry's Hangul names in Nori's user dictionary. */
  public static HallyuAnalyzer forRegistry(ArtistRegistry registry) {
    return new HallyuAnalyzer(dictionaryWords(registry));
  }

  /** Like {@link #forRegistry(ArtistRegistry)} with other analysis choices (for evaluation). */
  public static HallyuAnalyzer forRegistry(ArtistRegistry registry,
      KoreanTokenizer.DecompoundMode decompoundMode, Set<POS.Tag> stopTags) {
    return new HallyuAnalyzer(dictionaryWords(registry), decompoundMode, stopTags);
  }

  /**
   * Hangul names Nori should keep whole: group names of two or more syllables and other names of
   * three or more, leaving out names that need context ({@code 아이들} is also "children").
   */
  public static List<String> dictionaryWords(ArtistRegistry registry) {
    List<String> words = new ArrayList<>();
    for (Artist a : registry.artists()) {
      for (String name : a.names()) {
        String w = name.replace(" ", "");
        int min = a.isGroup() ? 2 : 3;
        if (w.length() >= min && !registry.needsContext(a, NameKey.of(w))) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
