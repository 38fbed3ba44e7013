package io.hallyu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores artist recognition on labelled texts ({@code {"text", "artists", "note"}} a line):
 * micro precision and recall over (text, artist) pairs, with every miss and false positive.
 *
 * <pre>java -cp target/hallyu-search.jar io.hallyu.eval.ArtistEval [CASES.jsonl]</pre>
 */
public final class ArtistEval {
  /** The team's labelled set, beside the tests. */
  public static final Path DEFAULT_CASES = Path.of("src/test/resources/eval/artist-cases.jsonl");

  /** One labelled text. */
  public record Case(String text, Set<String> artists, String note) {}

  /** What the tagger got wrong in one case. */
  public record Error(Case c, Set<String> missed, Set<String> extra) {}

  /** Micro-averaged scores and the errors behind them. */
  public record Report(int cases, int truePositives, int falsePositives, int falseNegatives,
      List<Error> errors) {
    public double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1 : (double) truePositives / found;
    }

    public double recall() {
      int labelled = truePositives + falseNegatives;
      return labelled == 0 ? 1 : (double) truePositives / labelled;
    }
  }

  private ArtistEval() {}

  public static void main(String[] args) throws IOException {
    Path cases = args.length > 0 ? Path.of(args[0]) : DEFAULT_CASES;
    List<Case> all;
    try (InputStream in = Files.newInputStream(cases)) {
      all = read(in);
    }
    print(run(new ArtistTagger(ArtistRegistry.bundled()), all), System.out);
  }

  public static List<Case> read(InputStream in) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Set<String> artists = new LinkedHashSet<>();
      n.path("artists").forEach(a -> artists.add(a.asText()));
      cases.add(new Case(n.get("text").asText(), artists, n.path("note").asText("")));
    }
    return cases;
  }

  public static Report run(ArtistTagger tagger, List<Case> cases) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<Error> errors = new ArrayList<>();
    for (Case c : cases) {
      Set<String> found = new LinkedHashSet<>(tagger.tag(c.text()));
      Set<String> missed = new LinkedHashSet<>(c.artists());
      missed.removeAll(found);
      Set<String> extra = new LinkedHashSet<>(found);
      extra.removeAll(c.artists());
      tp += found.size() - extra.size();
      fp += extra.size();
      fn += missed.size();
      if (!missed.isEmpty() || !extra.isEmpty()) {
        errors.add(new Error(c, missed, extra));
      }
    }
    return new Report(cases.size(), tp, fp, fn, errors);
  }

  public static void print(Report r, PrintStream out) {
    out.printf(Locale.ROOT, "cases %d, labelled artists %d, found %d%n", r.cases(),
        r.truePositives() + r.falseNegatives(), r.truePositives() + r.falsePositives());
    out.printf(Locale.ROOT, "precision %.4f  (%d of %d found are right)%n", r.precision(),
        r.truePositives(), r.truePositives() + r.falsePositives());
    out.printf(Locale.ROOT, "recall    %.4f  (%d of %d labelled are found)%n", r.recall(),
        r.truePositives(), r.truePositives() + r.falseNegatives());
    for (Error e : r.errors()) {
      out.printf(Locale.ROOT, "%n%s%n", e.c().text());
      if (!e.missed().isEmpty()) {
        out.println("  missed:         " + e.missed());
      }
      if (!e.extra().isEmpty()) {
        out.println("  false positive: " + e.extra());
      }
      out.println("  note: " + e.c().note());
    }
  }
}
