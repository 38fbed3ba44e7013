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
 * <pre>Report --results FILE --markdown OUT.md --chart OUT.png</pre>
 */
public final class Report {
  private final Properties r = new Properties();

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Args a = new Args(args);
    Report rep = new Report();
    try (Reader in = Files.newBufferedReader(Path.of(a.get("--results", null)), StandardCharsets.UTF_8)) {
      rep.r.load(in);
    }
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
        .append(s("heap")).append("`. Load: `wrk ").append(s("wrk.args")).append("` after a ")
        .append(s("warmup")).append(" warm-up, on loopback.\n\n");
    md.append("| | Hallyu Search | Solr | ratio (ours / Solr) |\n|---|---:|---:|---:|\n");
    row(md, "indexing, documents/s", "ours.index.dps", "solr.index.dps");
    row(md, "indexing, seconds", "ours.index.seconds", "solr.index.seconds");
    row(md, "index size on disk, MB", "ours.index.mb", "solr.index.mb");
    row(md, "HTTP search throughput, requests/s", "ours.rps", "solr.rps");
    row(md, "latency p50, ms", "ours.p50", "solr.p50");
    row(md, "latency p90, ms", "ours.p90", "solr.p90");
    row(md, "latency p99, ms", "ours.p99", "solr.p99");
    row(md, "latency max, ms", "ours.max", "solr.max");
    row(md, "errors and non-2xx answers under load", "ours.errors", "solr.errors");
    row(md, "start to first answer (existing index), ms", "ours.start.ms", "solr.start.ms");
    row(md, "heap used after indexing and start, MB", "ours.heap.mb", "solr.heap.mb");
    row(md, "resident memory (VmRSS) after indexing and start, MB", "ours.rss.mb", "solr.rss.mb");
    row(md, "resident memory (VmRSS) after the load, MB", "ours.rss.after.mb", "solr.rss.after.mb");
    md.append("\nIn-process ceiling (the same queries on the app's search service, no HTTP, ")
        .append(s("ceiling.threads")).append(" threads): ").append(s("ceiling.qps")).append(" queries/s, p50 ")
        .append(s("ceiling.p50")).append(" ms, p99 ").append(s("ceiling.p99")).append(" ms. Over HTTP the app reaches **")
        .append(ratio("ours.rps", "ceiling.qps", 100)).append("%** of it.\n\n");
    md.append("Goals (issue 5), as measured here: HTTP throughput ").append(ratio("ours.rps", "solr.rps", 1))
        .append("× Solr's (goal ≥ 2×) at p99 ").append(s("ours.p99")).append(" ms vs ").append(s("solr.p99"))
        .append(" ms; ").append(ratio("ours.rps", "ceiling.qps", 100)).append("% of the in-process ceiling (goal ≥ 70%); indexing ")
        .append(ratio("ours.index.dps", "solr.index.dps", 1)).append("× Solr's (goal ≥ 1.5×).\n\n");
    md.append("Facet answers: ").append(s("facets")).append(". Totals of the benchmark queries equal in both: ")
        .append(s("totals.equal")).append(" (query parsing differs on purpose: the app expands artist names across languages).\n\n");
    md.append("![latency percentiles](").append(chartName).append(")\n\n");
    md.append("""
        How it is measured (bench/run): the corpus builder writes the articles; the app indexes them with
        `hallyu-search.jar index` (its time includes JVM start and artist recognition); Solr is fed the same
        articles as the app enriched them (`Enrich`: the app's own artist tagger), through its JSON update
        API from one client thread per core, until the commit returns. Start time is measured on a restart
        of each server over its existing index, to the first search answer. Heap is `jcmd GC.heap_info`
        used, after a full GC for both; resident memory from `/proc/PID/status`. Solr runs with its
        caches on (filter, query result, document: 512 entries each, as its default configset) and
        without an update log, logging warnings only.
        """);
    return md.toString();
  }

  private void row(StringBuilder md, String label, String ours, String solr) {
    md.append("| ").append(label).append(" | ").append(s(ours)).append(" | ").append(s(solr)).append(" | ")
        .append(ratio(ours, solr, 1)).append(" |\n");
  }

  private String s(String key) {
    return r.getProperty(key, "n/a");
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
    String[] systems = {"ours", "solr", "ceiling"};
    String[] names = {"Hallyu Search (HTTP)", "Solr (HTTP)", "in-process ceiling"};
    Color[] colors = {new Color(0x2b6cb0), new Color(0xdd6b20), new Color(0x718096)};
    int w = 900, h = 520, left = 80, right = 30, top = 60, bottom = 90;
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
    double lo = minV == Double.MAX_VALUE ? 0.01 : Math.pow(10, Math.floor(Math.log10(minV))), hi = Math.pow(10, Math.ceil(Math.log10(maxV)));
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
      String rps = sIdx == 2 ? s("ceiling.qps") : s(systems[sIdx] + ".rps");
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
