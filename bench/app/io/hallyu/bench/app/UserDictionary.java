package io.hallyu.bench.app;

import io.hallyu.analysis.Analyzers;
import io.hallyu.artist.ArtistRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the app's Nori user dictionary (the registry's Hangul artist names) as a file for
 * Solr's {@code KoreanTokenizerFactory userDictionary}, so both tokenize Korean alike.
 *
 * <pre>UserDictionary OUT.txt</pre>
 */
public final class UserDictionary {
  public static void main(String[] args) throws Exception {
    TreeSet<String> words = new TreeSet<>();
    // The same filter as HallyuAnalyzer.userDictionary: pure Hangul, two syllables or more.
    for (String w : Analyzers.dictionaryWords(ArtistRegistry.bundled())) {
      if (w.length() >= 2 && w.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) words.add(w);
    }
    Files.write(Path.of(args[0]), List.copyOf(words), StandardCharsets.UTF_8);
    System.err.println("user dictionary: " + words.size() + " words -> " + args[0]);
  }
}
