package io.hallyu.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hallyu.search.QueryFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The project's search must rank the Korean relevance set (ko_tydiqa_goldp, dev split) at least
 * as well as the best stock Lucene analyzer, by MRR@10.
 */
class RelevanceTest {
  /** The goal of the relevance issue, on dev (train chose the defaults). */
  static final double DEV_MRR_GOAL = 0.787;

  @Test
  void the_default_search_path_reaches_the_goal_and_beats_every_baseline_on_dev() throws Exception {
    Path dir = Evaluate.defaultDir();
    boolean present = Files.isRegularFile(dir.resolve("corpus.jsonl"));
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(present, "relevance set missing at " + dir.toAbsolutePath());
    }
    assumeTrue(present, "relevance set missing at " + dir.toAbsolutePath() + "; skipped outside CI");

    BeirSet dev = BeirSet.load(dir, List.of("dev"));
    List<Evaluate.Result> results = new ArrayList<>(Evaluate.run(dev, Configurations.baselines()));
    results.addAll(Evaluate.runDefaultPath(dev,
        Map.of(Evaluate.DEFAULT_PATH, QueryFactory.Weights.DEFAULT)));

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    Evaluate.print(results, new PrintStream(table, true, StandardCharsets.UTF_8));
    double project = results.get(results.size() - 1).bySplit().get("dev").mrr10();
    double bestBaseline = results.subList(0, results.size() - 1).stream()
        .mapToDouble(r -> r.bySplit().get("dev").mrr10()).max().orElseThrow();
    String shown = "\n" + table.toString(StandardCharsets.UTF_8);
    assertTrue(project >= DEV_MRR_GOAL, "default path MRR@10 " + project + " < " + DEV_MRR_GOAL + shown);
    assertTrue(project >= bestBaseline, "default path MRR@10 " + project + " < best baseline "
        + bestBaseline + shown);
  }
}
