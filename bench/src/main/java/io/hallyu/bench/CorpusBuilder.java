package io.hallyu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the benchmark corpus: N articles as JSONL in the app's input format, recombined from
 * real Korean and English sentences, with real artist names in titles and bodies. Deterministic:
 * the same seed, size and sources give the same bytes.
 *
 * <pre>CorpusBuilder --out FILE [--size 100000] [--seed 42] [--shared DIR] [--artists FILE]</pre>
 */
public final class CorpusBuilder {
  static final int DEFAULT_SIZE = 100_000;
  static final long DEFAULT_SEED = 42;
  /** Share of Korean articles; the rest are English. */
  static final double KOREAN_SHARE = 0.6;
  static final String[] OUTLETS = {
    "Yonhap", "Korea Herald", "Soompi", "Dispatch", "Sports Chosun", "OSEN", "Allkpop", "Korea JoongAng Daily"
  };
  /** Skewed so that the outlet facet has a clear order. */
  static final double[] OUTLET_WEIGHTS = {0.22, 0.18, 0.15, 0.12, 0.11, 0.09, 0.08, 0.05};
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

  private final Sources src;
  private final List<Artist> artists;
  private final double[] artistCdf;

  CorpusBuilder(Sources src, List<Artist> artists) {
    this.src = src;
    this.artists = artists;
    // Zipf-like popularity: a few artists in many articles, a long tail in few.
    double[] w = new double[artists.size()];
    for (int i = 0; i < w.length; i++) w[i] = 1.0 / Math.pow(i + 1, 0.9);
    this.artistCdf = cdf(w);
  }

  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    Path out = Path.of(a.get("--out", null));
    int size = Integer.parseInt(a.get("--size", String.valueOf(DEFAULT_SIZE)));
    long seed = Long.parseLong(a.get("--seed", String.valueOf(DEFAULT_SEED)));
    Path shared = Path.of(a.get("--shared", "../shared/corpus"));
    Path artistFile = Path.of(a.get("--artists", shared.resolve("kpop_artists.jsonl").toString()));

    Sources src = Sources.load(shared);
    List<Artist> all = Artist.load(artistFile);
    List<Artist> usable = src.distinctive(all);
    // Popularity order: a seeded shuffle, so it does not follow the file's order.
    java.util.Collections.shuffle(usable, new Random(seed));
    CorpusBuilder b = new CorpusBuilder(src, usable);
    long t0 = System.nanoTime();
    Files.createDirectories(out.toAbsolutePath().getParent());
    ObjectMapper json = new ObjectMapper();
    Random rnd = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < size; i++) {
        w.write(json.writeValueAsString(b.article(i, rnd, json)));
        w.write('\n');
      }
    }
    System.err.printf(Locale.ROOT,
        "corpus: %d articles -> %s in %.1fs (%d of %d artists usable; %d ko / %d en sentences)%n",
        size, out, (System.nanoTime() - t0) / 1e9, usable.size(), all.size(),
        src.koSentences.size(), src.enSentences.size());
  }

  ObjectNode article(int i, Random rnd, ObjectMapper json) {
    boolean ko = rnd.nextDouble() < KOREAN_SHARE;
    List<Artist> named = pickArtists(rnd);
    String outlet = OUTLETS[pick(rnd, cdf(OUTLET_WEIGHTS))];
    LocalDate date = FIRST_DAY.plusDays(rnd.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1));

    String title = ko ? any(rnd, src.koTitles) : any(rnd, src.enTitles);
    if (!named.isEmpty()) title = nameIn(named.get(0), ko, rnd) + (ko ? " " : ": ") + title;

    List<String> body = new ArrayList<>();
    int sentences = 3 + rnd.nextInt(6);
    for (int s = 0; s < sentences; s++) body.add(ko ? any(rnd, src.koSentences) : any(rnd, src.enSentences));
    for (Artist a : named) {
      int at = rnd.nextInt(body.size());
      String name = nameIn(a, ko, rnd);
      body.set(at, ko ? name + " 측은 " + body.get(at) : "According to " + name + ", " + lowerFirst(body.get(at)));
    }

    String id = String.format(Locale.ROOT, "bench-%07d", i);
    ObjectNode n = json.createObjectNode();
    n.put("id", id);
    n.put("title", title);
    n.put("body", String.join(" ", body));
    n.put("date", date.toString());
    n.put("outlet", outlet);
    n.put("url", "https://news.example/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + id);
    n.put("lang", ko ? "ko" : "en");
    var list = n.putArray("artists");
    named.forEach(a -> list.add(a.canonical()));
    return n;
  }

  /** Korean articles mostly write the Korean name, English ones the English; sometimes both. */
  private static String nameIn(Artist a, boolean ko, Random rnd) {
    double r = rnd.nextDouble();
    if (r < 0.1) return ko ? a.ko() + "(" + a.en() + ")" : a.en() + " (" + a.ko() + ")";
    if (r < 0.25) return ko ? a.en() : a.ko();
    return ko ? a.ko() : a.en();
  }

  private List<Artist> pickArtists(Random rnd) {
    double r = rnd.nextDouble();
    int k = r < 0.15 ? 0 : r < 0.70 ? 1 : r < 0.92 ? 2 : 3;
    Set<Artist> out = new LinkedHashSet<>();
    while (out.size() < k) out.add(artists.get(pick(rnd, artistCdf)));
    return new ArrayList<>(out);
  }

  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isLowerCase(s.charAt(1))
        ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
  }

  private static String any(Random rnd, List<String> pool) {
    return pool.get(rnd.nextInt(pool.size()));
  }

  private static double[] cdf(double[] w) {
    double[] c = new double[w.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) c[i] = sum += w[i];
    for (int i = 0; i < c.length; i++) c[i] /= sum;
    return c;
  }

  private static int pick(Random rnd, double[] cdf) {
    int i = java.util.Arrays.binarySearch(cdf, rnd.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
  }
}
