package io.hallyu.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One benchmark query, written as the app's URL query string ({@code q=...&lang=ko}), and its
 * translation into the equivalent Solr request. The same line drives both systems.
 */
record QueryLine(String raw, String q, List<String> artists, List<String> outlets,
                 List<String> langs, String from, String to, int size) {
  static final int DEFAULT_SIZE = 10;
  /** The app's facet lists hold the top 10 values; Solr is asked for the same. */
  static final int FACET_LIMIT = 10;

  static QueryLine parse(String raw) {
    String q = "", from = "", to = "";
    int size = DEFAULT_SIZE;
    List<String> artists = new ArrayList<>(), outlets = new ArrayList<>(), langs = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      switch (k) {
        case "q" -> q = v;
        case "artist" -> artists.add(v);
        case "outlet" -> outlets.add(v);
        case "lang" -> langs.add(v);
        case "from" -> from = v;
        case "to" -> to = v;
        case "size" -> size = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown parameter " + k + " in: " + raw);
      }
    }
    return new QueryLine(raw, q, artists, outlets, langs, from, to, size);
  }

  /** The app's request path. */
  String oursPath() {
    return "/api/search?" + raw + (raw.contains("size=") ? "" : (raw.isEmpty() ? "" : "&") + "size=" + size);
  }

  /**
   * The Solr request with the app's semantics: all query words required (edismax, q.op=AND) over
   * title and body; values within a facet OR'd, facets AND'd; each facet counted without its own
   * filter (tag/ex, Solr's drill sideways); date range inclusive by day in UTC.
   *
   * @param facetLimit values per facet; -1 for all (the facet check wants every count)
   */
  String solrPath(int facetLimit) {
    StringBuilder p = new StringBuilder("/select?wt=json");
    if (q.isBlank()) {
      param(p, "q", "*:*");
    } else {
      param(p, "q", q);
      param(p, "defType", "edismax");
      param(p, "qf", "title body");
      param(p, "q.op", "AND");
      // The app's blended bigram clause (QueryFactory): the query's positive words once more over
      // the CJK-bigram field, optional (it ranks, it never decides what matches), weight 1.
      String positive = positiveText(q);
      if (!positive.isBlank()) {
        // The standard parser (dismax would read this bq again, recursively), every word optional.
        param(p, "bq", "{!lucene df=bigrams q.op=OR v=$bqq}");
        param(p, "bqq", positive);
      }
    }
    // The app sorts by relevance, then newest, then id; without a query, newest first.
    param(p, "sort", q.isBlank() ? "date desc,id asc" : "score desc,date desc,id asc");
    filter(p, "artist", artists);
    filter(p, "outlet", outlets);
    filter(p, "lang", langs);
    if (!from.isEmpty() || !to.isEmpty()) {
      // As in the app, the date range drills sideways on the month facet.
      String lo = from.isEmpty() ? "*" : from + "T00:00:00Z";
      String hi = to.isEmpty() ? "*" : to + "T23:59:59.999Z";
      param(p, "fq", "{!tag=month}date:[" + lo + " TO " + hi + "]");
    }
    param(p, "rows", String.valueOf(size));
    param(p, "fl", "id,title,date,outlet,lang,url,artist,score");
    param(p, "facet", "true");
    param(p, "facet.mincount", "1");
    for (String f : List.of("artist", "outlet", "lang")) {
      param(p, "facet.field", "{!ex=" + f + "}" + f);
      param(p, "f." + f + ".facet.limit", String.valueOf(facetLimit));
    }
    // The app lists every month, in order.
    param(p, "facet.field", "{!ex=month}month");
    param(p, "f.month.facet.limit", "-1");
    param(p, "f.month.facet.sort", "index");
    // The app's snippets: unified highlighter, two sentence passages of the body near 180
    // characters, one of the title, HTML-escaped, matches in <mark>.
    if (!q.isBlank()) {
      param(p, "hl", "true");
      param(p, "hl.method", "unified");
      param(p, "hl.fl", "body,title");
      param(p, "f.body.hl.snippets", "2");
      param(p, "f.title.hl.snippets", "1");
      param(p, "hl.bs.type", "SENTENCE");
      param(p, "hl.fragsize", "180");
      param(p, "hl.encoder", "html");
      param(p, "hl.tag.pre", "<mark>");
      param(p, "hl.tag.post", "</mark>");
    }
    return p.toString();
  }

  /** The query's words and phrase words, without exclusions, quotes and the OR operator, escaped. */
  static String positiveText(String q) {
    List<String> words = new ArrayList<>();
    for (String w : q.replace("\"", " ").split("\\s+")) {
      if (w.isEmpty() || w.startsWith("-") || w.equals("OR")) continue;
      StringBuilder e = new StringBuilder();
      for (char c : w.toCharArray()) {
        if ("\\+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0) e.append('\\');
        e.append(c);
      }
      words.add(e.toString());
    }
    return String.join(" ", words);
  }

  private static void filter(StringBuilder p, String field, List<String> values) {
    if (values.isEmpty()) return;
    List<String> quoted = new ArrayList<>();
    for (String v : values) quoted.add('"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    param(p, "fq", "{!tag=" + field + "}" + field + ":(" + String.join(" OR ", quoted) + ")");
  }

  private static void param(StringBuilder p, String k, String v) {
    p.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
  }

  /** Builds a line from parameters, in the order given. */
  static String encode(Map<String, List<String>> params) {
    List<String> parts = new ArrayList<>();
    params.forEach((k, vs) -> vs.forEach(v -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"))));
    return String.join("&", parts);
  }
}
