package io.hallyu.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hallyu.artist.ArtistRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's search must rank the Korean relevance set (ko_tydiqa_goldp, dev split) at least
 * as well as the best stock Lucene analyzer, by MRR@10.
 */
class RelevanceTest {
  @Test
  void project_beats_every_baseline_on_dev_mrr_at_10() throws Exception {
    Path dir = Evaluate.defaultDir();
    boolean present = Files.isRegularFile(dir.resolve("corpus.jsonl"));
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(present, "relevance set missing at " + dir.toAbsolutePath());
    }
    assumeTrue(present, "relevance set missing at " + dir.toAbsolutePath() + "; skipped outside CI");

    BeirSet dev = BeirSet.load(dir, List.of("dev"));
    List<Retrieval> configurations = new ArrayList<>(Configurations.baselines());
    configurations.add(Configurations.project(ArtistRegistry.bundled()));
    List<Evaluate.Result> results = Evaluate.run(dev, configurations);

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    Evaluate.print(results, new PrintStream(table, true, StandardCharsets.UTF_8));
    double project = results.get(results.size() - 1).bySplit().get("dev").mrr10();
    double bestBaseline = results.subList(0, results.size() - 1).stream()
        .mapToDouble(r -> r.bySplit().get("dev").mrr10()).max().orElseThrow();
    assertTrue(project >= bestBaseline, "project MRR@10 " + project + " < best baseline "
        + bestBaseline + "\n" + table.toString(StandardCharsets.UTF_8));
  }
}
