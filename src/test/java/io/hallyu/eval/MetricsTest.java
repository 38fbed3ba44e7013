package io.hallyu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  static final double EPS = 1e-4;
  /** Ranked d3, d1, d7, d2; relevant d1, d2 and d9 (never retrieved). */
  static final List<String> RANKED = List.of("d3", "d1", "d7", "d2");
  static final Map<String, Integer> JUDGED = Map.of("d1", 1, "d2", 1, "d9", 1);

  @Test
  void reciprocal_rank_is_one_over_the_first_relevant_rank() {
    // first relevant (d1) at rank 2: 1/2
    assertEquals(0.5, Metrics.reciprocalRank(RANKED, JUDGED, 10), EPS);
    // cut at 1: nothing relevant in the top 1
    assertEquals(0.0, Metrics.reciprocalRank(RANKED, JUDGED, 1), EPS);
  }

  @Test
  void ndcg_by_hand() {
    // DCG  = 1/log2(2+1) + 1/log2(4+1)           = 0.63093 + 0.43068          = 1.06161
    // IDCG = 1/log2(2) + 1/log2(3) + 1/log2(4)    = 1 + 0.63093 + 0.5          = 2.13093
    // nDCG = 1.06161 / 2.13093                                                 = 0.49819
    assertEquals(0.49819, Metrics.ndcg(RANKED, JUDGED, 10), EPS);
    // graded: y (1) then x (2). DCG = 1/1 + 2/log2(3) = 2.26186; IDCG = 2/1 + 1/log2(3) = 2.63093
    assertEquals(0.85972, Metrics.ndcg(List.of("y", "x"), Map.of("x", 2, "y", 1), 10), EPS);
  }

  @Test
  void recall_counts_relevant_found_within_k() {
    assertEquals(2.0 / 3, Metrics.recall(RANKED, JUDGED, 10), EPS);
    assertEquals(1.0 / 3, Metrics.recall(RANKED, JUDGED, 2), EPS);
  }

  @Test
  void the_summary_averages_over_judged_queries_and_a_missing_ranking_scores_zero() {
    Metrics.Summary s = Metrics.Summary.of(
        Map.of("q1", JUDGED, "q2", Map.of("a", 1), "q3", Map.of("b", 1)),
        Map.of("q1", RANKED, "q2", List.of("a")));
    // MRR@10 = (0.5 + 1 + 0) / 3
    assertEquals(0.5, s.mrr10(), EPS);
    assertEquals((0.49819 + 1) / 3, s.ndcg10(), EPS);
    assertEquals(3, s.queries());
  }
}
