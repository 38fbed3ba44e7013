package io.hallyu.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics over one query's ranked document ids and its judgments (id → grade, grades
 * above zero are relevant). Gains are linear ({@code grade / log2(rank + 1)}), as trec_eval's
 * {@code ndcg_cut} computes them.
 */
public final class Metrics {
  private Metrics() {}

  /** 1 / rank of the first relevant document within the top {@code k}, else 0. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judged.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** DCG of the top {@code k} divided by the DCG of the ideal ranking of the judged documents. */
  public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += judged.getOrDefault(ranked.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal = judged.values().stream().filter(g -> g > 0)
        .sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of relevant documents found in the top {@code k}. */
  public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    Set<String> relevant = judged.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    if (relevant.isEmpty()) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(relevant::contains).count();
    return (double) found / relevant.size();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Means of MRR@10, nDCG@10, Recall@10 and Recall@100 over a set of queries. */
  public record Summary(int queries, double mrr10, double ndcg10, double recall10,
      double recall100) {

    /** Scores every query of {@code qrels} against its ranking (a missing ranking scores 0). */
    public static Summary of(Map<String, Map<String, Integer>> qrels,
        Map<String, List<String>> rankings) {
      double mrr = 0;
      double ndcg = 0;
      double r10 = 0;
      double r100 = 0;
      for (Map.Entry<String, Map<String, Integer>> q : qrels.entrySet()) {
        List<String> ranked = rankings.getOrDefault(q.getKey(), List.of());
        mrr += reciprocalRank(ranked, q.getValue(), 10);
        ndcg += ndcg(ranked, q.getValue(), 10);
        r10 += recall(ranked, q.getValue(), 10);
        r100 += recall(ranked, q.getValue(), 100);
      }
      int n = qrels.size();
      return n == 0 ? new Summary(0, 0, 0, 0, 0)
          : new Summary(n, mrr / n, ndcg / n, r10 / n, r100 / n);
    }
  }
}
