package io.hallyu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Made {@code bench/queries.txt} and {@code bench/facet-checks.txt} once; they are checked in and
 * fixed, so runs stay comparable. Rerun only on purpose (say, when the artist registry changes),
 * with the corpus builder's seed so the popular artists are the ones the corpus is full of.
 *
 * <pre>QueryGen --queries FILE --checks FILE [--shared DIR] [--artists FILE] [--seed 42]</pre>
 */
public final class QueryGen {
  private static final Pattern HANGUL_WORD = Pattern.compile("[\\p{IsHangul}]{2,}");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
  private static final Set<String> EN_STOP = Set.of(
      "the", "and", "for", "that", "this", "with", "are", "was", "not", "but", "have", "has", "its",
      "which", "from", "will", "would", "been", "there", "their", "they", "all", "also", "our", "can",
      "should", "must", "who", "what", "very", "more", "into", "these", "those", "such", "than", "only");

  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    Path shared = Path.of(a.get("--shared", "../shared/corpus"));
    long seed = Long.parseLong(a.get("--seed", String.valueOf(CorpusBuilder.DEFAULT_SEED)));
    Sources src = Sources.load(shared);
    List<Artist> artists = src.distinctive(Artist.load(
        Path.of(a.get("--artists", shared.resolve("kpop_artists.jsonl").toString()))));
    Collections.shuffle(artists, new Random(seed)); // the corpus builder's popularity order
    Random rnd = new Random(seed + 1);
    List<Artist> top = artists.subList(0, 30);

    List<String> ko = windows(src.koTitles, HANGUL_WORD, 2, 60, rnd, Set.of());
    List<String> en = windows(src.enSentences, LATIN_WORD, 2, 60, rnd, EN_STOP);
    List<String> en3 = windows(src.enSentences, LATIN_WORD, 3, 20, rnd, EN_STOP);
    List<String> out = new ArrayList<>();
    String[] outlets = CorpusBuilder.OUTLETS;

    for (int i = 0; i < 25; i++) out.add(line("q", top.get(i).ko()));                 // 25
    for (int i = 0; i < 25; i++) out.add(line("q", top.get(i).en()));                 // 25
    for (int i = 0; i < 40; i++) out.add(line("q", ko.get(i)));                       // 40
    for (int i = 0; i < 25; i++) out.add(line("q", en.get(i)));                       // 25
    for (int i = 0; i < 15; i++) out.add(line("q", en3.get(i)));                      // 15
    for (int i = 40; i < 50; i++) out.add(line("q", '"' + ko.get(i) + '"'));          // 10 phrases
    for (int i = 25; i < 35; i++) out.add(line("q", '"' + en.get(i) + '"'));          // 10 phrases
    for (int i = 0; i < 10; i++) out.add(line("q", top.get(i).ko(), "lang", "ko"));   // 10 filtered
    for (int i = 35; i < 45; i++) out.add(line("q", en.get(i), "outlet", outlets[i % outlets.length]));
    for (int i = 0; i < 5; i++) out.add(line("artist", top.get(i).canonical()));
    for (int i = 5; i < 10; i++) out.add(line("q", ko.get(i + 45), "artist", top.get(i).canonical()));
    for (int i = 0; i < 10; i++) {
      int year = 2019 + i % 6;
      out.add(line("q", ko.get(50 + i), "from", year + "-01-01", "to", year + "-06-30"));
    }
    for (int i = 0; i < 5; i++) {
      out.add(line("artist", top.get(i).canonical(), "artist", top.get(i + 1).canonical(), "lang", "en"));
      out.add(line("q", en.get(45 + i), "outlet", outlets[i], "outlet", outlets[i + 1], "lang", "en"));
    }
    Files.write(Path.of(a.get("--queries", null)), out, StandardCharsets.UTF_8);

    List<String> checks = new ArrayList<>();
    checks.add("size=10");
    checks.add(line("lang", "ko"));
    checks.add(line("outlet", outlets[0]));
    checks.add(line("outlet", outlets[1], "outlet", outlets[4], "lang", "en"));
    checks.add(line("artist", top.get(0).canonical()));
    checks.add(line("artist", top.get(0).canonical(), "artist", top.get(3).canonical()));
    checks.add(line("artist", top.get(1).canonical(), "lang", "ko", "outlet", outlets[2]));
    checks.add(line("from", "2021-01-01", "to", "2021-06-30"));
    checks.add(line("lang", "en", "from", "2020-03-01", "to", "2020-12-31", "outlet", outlets[3]));
    checks.add(line("artist", top.get(2).canonical(), "from", "2023-01-01", "to", "2024-12-31"));
    Files.write(Path.of(a.get("--checks", null)), checks, StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "queries: %d lines, checks: %d lines%n", out.size(), checks.size());
  }

  private static String line(String... kv) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    return QueryLine.encode(m);
  }

  /** n distinct runs of k consecutive words from random texts; no run starts or ends on a stop word. */
  private static List<String> windows(List<String> texts, Pattern word, int k, int n, Random rnd, Set<String> stop) {
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      String[] words = texts.get(rnd.nextInt(texts.size())).split("\\s+");
      if (words.length < k) continue;
      int at = rnd.nextInt(words.length - k + 1);
      List<String> run = new ArrayList<>();
      for (int i = at; i < at + k; i++) {
        if (!word.matcher(words[i]).matches()) break;
        run.add(words[i]);
      }
      if (run.size() < k) continue;
      if (stop.contains(run.get(0).toLowerCase(Locale.ROOT)) || stop.contains(run.get(k - 1).toLowerCase(Locale.ROOT))) continue;
      out.add(String.join(" ", run));
    }
    return new ArrayList<>(out);
  }
}
