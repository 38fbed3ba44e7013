package io.hallyu.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Artist tagging on the team's 203 labelled cases: precision at least 0.95, recall 0.90. */
class ArtistRecognitionTest {
  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.90;

  @Test
  void precision_and_recall_meet_the_goals() throws Exception {
    List<ArtistEval.Case> cases;
    try (InputStream in = ArtistRecognitionTest.class.getResourceAsStream("/eval/artist-cases.jsonl")) {
      cases = ArtistEval.read(in);
    }
    assertTrue(cases.size() >= 150, "at least 150 cases");
    ArtistEval.Report r = ArtistEval.run(new ArtistTagger(ArtistRegistry.bundled()), cases);
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    ArtistEval.print(r, new PrintStream(report, true, StandardCharsets.UTF_8));
    String why = report.toString(StandardCharsets.UTF_8);
    assertTrue(r.precision() >= MIN_PRECISION, "precision below " + MIN_PRECISION + "\n" + why);
    assertTrue(r.recall() >= MIN_RECALL, "recall below " + MIN_RECALL + "\n" + why);
  }
}
