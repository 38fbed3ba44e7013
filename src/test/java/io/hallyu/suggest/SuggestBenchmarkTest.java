package io.hallyu.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark's small mode so it keeps working; timings are printed, not asserted. */
class SuggestBenchmarkTest {
  @Test
  void the_small_benchmark_runs_and_reports_percentiles() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SuggestBenchmark.Result r;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      r = SuggestBenchmark.run(true, null, out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(report);
    assertTrue(r.count() > 1_000, report);
    assertTrue(r.p50() <= r.p90() && r.p90() <= r.p99() && r.p99() <= r.max(), report);
    assertTrue(report.contains("1,500 = 1,197 from the registry + 303 generated variants"), report);
    for (String kind : new String[] {"hangul", "initials", "qwerty", "romanized", "english", "title"}) {
      assertTrue(report.contains("wall, " + kind), report);
    }
  }

  @Test
  void the_benchmark_runs_over_an_existing_index_and_types_its_titles(@TempDir Path dir) throws Exception {
    try (Engine engine = Engine.open(dir)) {
      engine.indexSample();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SuggestBenchmark.Result r;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      r = SuggestBenchmark.runOn(dir, true, out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("index: 79 articles (existing index " + dir + ", read-only)"), report);
    assertTrue(r.count() > 1_000, report);
    assertTrue(report.contains("wall, title"), report);
    try (Engine engine = Engine.openReadOnly(dir)) {
      assertEquals(79, engine.index().documentCount(), "the index is left as it was");
    }
  }

  @Test
  void percentiles_are_nearest_rank() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i;
    }
    assertEquals(new SuggestBenchmark.Result(100, 50, 90, 99, 100), SuggestBenchmark.percentiles(values));
  }
}
