package io.hallyu.cli;

import io.hallyu.search.SearchResponse;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Renders a search response for a terminal: ranked hits with bold matches, then facet counts. */
final class HitPrinter {
  private HitPrinter() {}

  static void print(SearchResponse r, PrintWriter out) {
    out.printf("%d results%s (%d ms), page %d%n%n", r.total(),
        r.query().isEmpty() ? "" : " for \"" + r.query() + "\"", r.tookMs(), r.page());
    int n = (r.page() - 1) * r.size();
    for (SearchResponse.Hit h : r.hits()) {
      out.printf("%3d. %s  %s  %s  [%s]%n", ++n, h.date() == null ? "----------" : h.date(),
          h.outlet() == null ? "-" : h.outlet(), h.lang(), String.join(", ", h.artists()));
      out.println("     " + h.title());
      out.println("     " + terminal(h.snippet()));
      out.println();
    }
    r.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        out.println(dim + ": " + values.stream()
            .map(v -> (v.label() == null ? v.value() : v.label()) + " " + v.count())
            .collect(Collectors.joining(", ")));
      }
    });
    out.flush();
  }

  /** The HTML snippet for a terminal: matches in bold, entities decoded. */
  static String terminal(String html) {
    String marked = html.replace("<mark>", "\u001b[1m").replace("</mark>", "\u001b[0m");
    return org.jsoup.parser.Parser.unescapeEntities(marked, false);
  }
}
