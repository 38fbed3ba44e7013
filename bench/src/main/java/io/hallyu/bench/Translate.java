package io.hallyu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the query set into the request paths that wrk's Lua script rotates through: one file for
 * the app, one for Solr (paths relative to the core's URL prefix given).
 *
 * <pre>Translate --queries FILE --ours FILE --solr FILE --solr-prefix /solr/articles</pre>
 */
public final class Translate {
  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    String prefix = a.get("--solr-prefix", "/solr/articles");
    List<String> ours = new ArrayList<>(), solr = new ArrayList<>();
    for (String line : FacetCheck.lines(Path.of(a.get("--queries", null)))) {
      QueryLine q = QueryLine.parse(line);
      ours.add(q.oursPath());
      solr.add(prefix + q.solrPath(QueryLine.FACET_LIMIT));
    }
    Files.write(Path.of(a.get("--ours", null)), ours, StandardCharsets.UTF_8);
    Files.write(Path.of(a.get("--solr", null)), solr, StandardCharsets.UTF_8);
  }
}
