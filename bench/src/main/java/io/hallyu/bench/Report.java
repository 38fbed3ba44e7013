package io.hallyu.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.ImageIO;

/**
 * Turns the measurements bench/run collected ({@code key=value} lines) into RESULTS.md and a
 * latency chart (PNG, drawn with java.awt, headless).
 *
 * <pre>Report --results FILE --markdown OUT.md --chart OUT.png [--improvements IMPROVEMENTS.md]</pre>
 */
public final class Report {
  private final Properties r = new Properties();
  /** Markdown appended to RESULTS.md (bench/IMPROVEMENTS.md: the improvements and their numbers). */
  private String improvements;

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Args a = new Args(args);
    Report rep = new Report();
    try (Reader in = Files.newBufferedReader(Path.of(a.get("--results", null)), StandardCharsets.UTF_8)) {
      rep.r.load(in);
    }
    String improvements = a.get("--improvements", "");
    if (!improvements.isEmpty()) rep.improvements = Files.readString(Path.of(improvements), StandardCharsets.UTF_8);
    Path chart = Path.of(a.get("--chart", null));
    rep.chart(chart);
    Files.writeString(Path.of(a.get("--markdown", null)), rep.markdown(chart.getFileName().toString()),
        StandardCharsets.UTF_8);
  }

  String markdown(String chartName) {
    StringBuilder md = new StringBuilder();
    md.append("# Hallyu Search vs Apache Solr ").append(s("solr.version")).append("\n\n");
    md.append("Measured ").append(s("date")).append(" by `").append(s("command")).append("`")
        .append(" (").append(s("mode")).append(" mode, ").append(s("size")).append(" articles, ")
        .append(s("queries")).append(" queries).\n\n");
    md.append("Machine: ").append(s("cpus")).append(" CPUs (").append(s("cpu.model")).append("), ")
        .append(s("mem.total")).append(" memory; ").append(s("java.version")).append(", both servers with `")
        .append(s("heap")).append("`, both on 127.0.0.1. Load: `wrk ").append(s("wrk.args")).append("` after a warm-up in ")
        .append(s("warmup")).append(" (it took: ours ").append(s("ours.warmup")).append(" s, Solr ")
        .append(s("solr.warmup")).append(" s, ours uncached ").append(s("ours.nocache.warmup"))
        .append(" s, in-process ceiling ").append(s("ceiling.warmup")).append(" s). Feeds over HTTP: ")
        .append(s("feed")).append(".\n\n");
    md.append("The machine is shared with other work: the last column is the 1-minute load average just before")
        .append(" and just after each measured phase (before = what else ran; after includes the phase itself;")
        .append(" on ").append(s("cpus")).append(" CPUs a phase that uses every core adds about ").append(s("cpus"))
        .append("). Load at the end of the run: ").append(s("load.avg")).append(".\n\n");
    md.append("| | Hallyu Search | Solr | ratio (ours / Solr) | load before / after (ours; Solr) |\n|---|---:|---:|---:|---|\n");
    row(md, "indexing, `index` command (JVM start and artist tagging included), documents/s", "ours.index.dps", "solr.index.dps", "ours.index", "solr.index");
    row(md, "indexing, HTTP write API on the running server (same feeder as Solr's), documents/s", "ours.http.index.dps", "solr.index.dps", "ours.http.index", "solr.index");
    row(md, "indexing, `index` command, seconds", "ours.index.seconds", "solr.index.seconds", null, null);
    row(md, "indexing, HTTP write API, seconds", "ours.http.index.seconds", "solr.index.seconds", null, null);
    row(md, "index size on disk, MB", "ours.index.mb", "solr.index.mb", null, null);
    row(md, "HTTP search throughput, both with their default caches, requests/s", "ours.rps", "solr.rps", "ours", "solr");
    row(md, "latency p50, ms (cached)", "ours.p50", "solr.p50", null, null);
    row(md, "latency p90, ms (cached)", "ours.p90", "solr.p90", null, null);
    row(md, "latency p99, ms (cached)", "ours.p99", "solr.p99", null, null);
    row(md, "latency max, ms (cached)", "ours.max", "solr.max", null, null);
    row(md, "HTTP search throughput, ours with `HALLYU_SEARCH_CACHE=false` (Solr cached), requests/s; ours: median of the alternating rounds", "ours.nocache.rps", "solr.rps", "ours.nocache", "solr");
    row(md, "latency p50, ms (ours uncached)", "ours.nocache.p50", "solr.p50", null, null);
    row(md, "latency p90, ms (ours uncached)", "ours.nocache.p90", "solr.p90", null, null);
    row(md, "latency p99, ms (ours uncached)", "ours.nocache.p99", "solr.p99", null, null);
    row(md, "latency max, ms (ours uncached)", "ours.nocache.max", "solr.max", null, null);
    row(md, "errors and non-2xx answers under load (cached)", "ours.errors", "solr.errors", null, null);
    row(md, "errors and non-2xx answers under load (ours uncached)", "ours.nocache.errors", "solr.errors", null, null);
    row(md, "start to first answer (existing index), ms", "ours.start.ms", "solr.start.ms", null, null);
    row(md, "heap used after indexing and start, MB", "ours.heap.mb", "solr.heap.mb", null, null);
    row(md, "resident memory (VmRSS) after indexing and start, MB", "ours.rss.mb", "solr.rss.mb", null, null);
    row(md, "resident memory (VmRSS) after the cached load, MB", "ours.rss.after.mb", "solr.rss.after.mb", null, null);
    md.append("\nIn-process ceiling (the same queries on the app's search service opened without its answer cache,")
        .append(" `Engine.openReadOnlyUncached`, no HTTP, ").append(s("ceiling.threads")).append(" threads), in ")
        .append(s("ceiling.rounds")).append(" rounds taking turns with wrk rounds against the uncached server (load ")
        .append(s("ceiling.load")).append("), medians: ").append(s("ceiling.qps")).append(" queries/s, p50 ")
        .append(s("ceiling.p50")).append(" ms, p99 ").append(s("ceiling.p99")).append(" ms; the server over HTTP ")
        .append(s("ours.nocache.rps")).append(" requests/s. Round by round, the server reached ")
        .append(s("ceiling.rounds.ratio").replace(" ", "%, ")).append("% of the ceiling round beside it: median **")
        .append(s("ceiling.ratio")).append("%** (requests/s: ").append(s("ours.nocache.rounds.rps"))
        .append("; in-process queries/s: ").append(s("ceiling.rounds.qps")).append(").\n\n");
    md.append("## Goals (issue 5), as measured in this run\n\n| goal | measured | met |\n|---|---|---|\n");
    boolean rpsGoal = at("ours.rps", "solr.rps", 2), p99Goal = num("ours.p99") <= num("solr.p99");
    md.append("| HTTP search throughput ≥ 2× Solr's, at a p99 no worse than Solr's (both with their default caches) | ")
        .append(ratio("ours.rps", "solr.rps", 1)).append("×, p99 ").append(s("ours.p99")).append(" ms vs ")
        .append(s("solr.p99")).append(" ms | ").append(yes(rpsGoal && p99Goal)).append(" |\n");
    md.append("| (for comparison, not the goal) ours with its answer cache off vs Solr with its caches | ")
        .append(ratio("ours.nocache.rps", "solr.rps", 1)).append("×, p99 ").append(s("ours.nocache.p99"))
        .append(" ms vs ").append(s("solr.p99")).append(" ms | ")
        .append(yes(at("ours.nocache.rps", "solr.rps", 2) && num("ours.nocache.p99") <= num("solr.p99"))).append(" |\n");
    md.append("| ≥ 70% of the in-process ceiling over HTTP (both uncached; median of the per-round ratios) | ")
        .append(s("ceiling.ratio")).append("% | ").append(yes(num("ceiling.ratio") >= 70)).append(" |\n");
    md.append("| indexing ≥ 1.5× Solr's documents/s, like for like: over HTTP into the running server | ")
        .append(ratio("ours.http.index.dps", "solr.index.dps", 1)).append("× | ")
        .append(yes(at("ours.http.index.dps", "solr.index.dps", 1.5))).append(" |\n");
    md.append("| indexing ≥ 1.5× Solr's, with the `index` command (a cold JVM and artist tagging, against Solr fed pre-tagged documents) | ")
        .append(ratio("ours.index.dps", "solr.index.dps", 1)).append("× | ")
        .append(yes(at("ours.index.dps", "solr.index.dps", 1.5))).append(" |\n");
    md.append("| suggestions p99 under 5 ms server time (`SuggestBenchmark` over the app's index, every keystroke of typed sequences; see `SUGGEST.md`) | ")
        .append(millis("suggest.p99")).append(" ms over ").append(s("suggest.count")).append(" keystrokes (p50 ")
        .append(millis("suggest.p50")).append(" ms; CPU p99 ").append(millis("suggest.cpu.p99")).append(" ms; load ")
        .append(s("suggest.load")).append(") | ").append(yes(num("suggest.p99") < 5_000)).append(" |\n\n");
    md.append("Facet answers: ").append(s("facets")).append(". Totals of the benchmark queries equal in both: ")
        .append(s("totals.equal")).append(" (query parsing differs on purpose: the app expands artist names across languages).\n\n");
    md.append("![latency percentiles](").append(chartName).append(")\n\n");
    md.append("""
        How it is measured (bench/run): the corpus builder writes the articles; the app indexes them twice:
        with `hallyu-search.jar index` (its time includes JVM start and artist recognition), and over HTTP
        into an empty index on its running server (`POST /api/articles`, NDJSON batches, the same feeder,
        threads and batch size as Solr's; the app tags artists itself and answers a batch only once it is
        fsynced in its write-ahead log; the time ends when a last `GET /health` has refreshed the searcher
        over every document). Solr is fed the same articles as the app enriched them (`Enrich`: the app's
        own artist tagger, not timed), through its JSON update API with its update log on (as its default
        configset), until its final commit, which opens a new searcher, returns. Both analyse title and body with Nori (same user dictionary,
        stop tags and trailing space) and again as CJK bigrams, and both query the bigram field as one
        optional clause. Start time is measured on a restart of each server over its existing index, to the
        first search answer. Heap is `jcmd GC.heap_info` used, after a full GC for both; resident memory
        from `/proc/PID/status`. Solr runs with its default caches on (filter, query result, document:
        512 entries each, as its default configset), logging warnings only; the
        app is measured with its per-reader answer cache (its default) and restarted with
        `HALLYU_SEARCH_CACHE=false`. The 200 queries rotate, so with caches on most answers come from
        memory after the warm-up in both systems.
        """);
    if (improvements != null) {
      md.append("\n").append(improvements.strip()).append("\n");
    }
    return md.toString();
  }

  private static String yes(boolean met) {
    return met ? "**yes**" : "no";
  }

  /** Whether a / b ≥ factor (false when either is missing). */
  private boolean at(String a, String b, double factor) {
    double x = num(a), y = num(b);
    return x > 0 && y > 0 && x / y >= factor;
  }

  private void row(StringBuilder md, String label, String ours, String solr, String oursLoad, String solrLoad) {
    md.append("| ").append(label).append(" | ").append(s(ours)).append(" | ").append(s(solr)).append(" | ")
        .append(ratio(ours, solr, 1)).append(" | ")
        .append(oursLoad == null ? "" : s(oursLoad + ".load") + "; " + s(solrLoad + ".load")).append(" |\n");
  }

  private String s(String key) {
    return r.getProperty(key, "n/a");
  }

  /** A figure recorded in microseconds, in milliseconds. */
  private String millis(String micros) {
    double v = num(micros);
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v / 1000);
  }

  private String ratio(String a, String b, double scale) {
    try {
      double x = Double.parseDouble(s(a)), y = Double.parseDouble(s(b));
      return y == 0 ? "n/a" : String.format(Locale.ROOT, scale == 1 ? "%.2f" : "%.0f", x / y * scale);
    } catch (NumberFormatException e) {
      return "n/a";
    }
  }

  /** Grouped bars: p50, p90, p99, max for each system, on a log scale (max dwarfs p50). */
  void chart(Path out) throws Exception {
    String[] pcts = {"p50", "p90", "p99", "max"};
    String[] systems = {"ours", "ours.nocache", "solr", "ceiling"};
    String[] names = {"Hallyu Search, cached", "Hallyu Search, uncached", "Solr (its caches)", "in-process, uncached"};
    Color[] colors = {new Color(0x2b6cb0), new Color(0x90cdf4), new Color(0xdd6b20), new Color(0x718096)};
    int w = 1100, h = 520, left = 80, right = 30, top = 60, bottom = 90;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    double maxV = 0.1, minV = Double.MAX_VALUE;
    List<double[]> values = new ArrayList<>();
    for (String sys : systems) {
      double[] v = new double[pcts.length];
      for (int i = 0; i < pcts.length; i++) {
        v[i] = num(sys + "." + pcts[i]);
        maxV = Math.max(maxV, v[i]);
        if (v[i] > 0) minV = Math.min(minV, v[i]);
      }
      values.add(v);
    }
    double lo = minV == Double.MAX_VALUE ? 0.01 : Math.pow(10, Math.floor(Math.log10(minV)));
    if (lo >= minV * 0.999) lo /= 10; // a value on a power of ten would draw as no bar
    double hi = Math.pow(10, Math.ceil(Math.log10(maxV)));
    int plotH = h - top - bottom, plotW = w - left - right;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Search latency, ms (log scale) — " + s("size") + " articles, wrk " + s("wrk.args"), left, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double t = lo; t <= hi * 1.001; t *= 10) {
      int y = top + plotH - (int) (plotH * (Math.log10(t) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)));
      g.setColor(new Color(0xe2e8f0));
      g.drawLine(left, y, w - right, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(t < 1 ? String.format(Locale.ROOT, "%.2f", t) : String.format(Locale.ROOT, "%.0f", t), 10, y + 4);
    }
    int groupW = plotW / pcts.length, barW = (groupW - 40) / systems.length;
    for (int i = 0; i < pcts.length; i++) {
      int gx = left + i * groupW + 20;
      for (int sIdx = 0; sIdx < systems.length; sIdx++) {
        double v = values.get(sIdx)[i];
        if (!(v > 0)) continue;
        int bh = (int) (plotH * (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)));
        int x = gx + sIdx * barW;
        g.setColor(colors[sIdx]);
        g.fillRect(x, top + plotH - bh, barW - 6, bh);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.0f", v), x, top + plotH - bh - 4);
      }
      g.drawString(pcts[i], gx + groupW / 2 - 20, top + plotH + 20);
    }
    g.setStroke(new BasicStroke(1));
    g.drawLine(left, top + plotH, w - right, top + plotH);
    for (int sIdx = 0; sIdx < systems.length; sIdx++) {
      int x = left + sIdx * 250;
      g.setColor(colors[sIdx]);
      g.fillRect(x, h - 40, 14, 14);
      g.setColor(Color.BLACK);
      String rps = systems[sIdx].equals("ceiling") ? s("ceiling.qps") : s(systems[sIdx] + ".rps");
      g.drawString(names[sIdx] + ", " + rps + "/s", x + 20, h - 28);
    }
    g.dispose();
    ImageIO.write(img, "png", out.toFile());
  }

  private double num(String key) {
    try {
      return Double.parseDouble(s(key));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
