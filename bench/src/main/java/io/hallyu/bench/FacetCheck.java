package io.hallyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Asks both systems the same filtered requests and checks that they answer the same: the total
 * and every facet's counts. Exits 1 with a readable diff when they differ.
 *
 * <p>The app lists the top {@value QueryLine#FACET_LIMIT} values of a facet; Solr is asked for
 * all of them. A facet agrees when every value the app lists has Solr's count, and no value it
 * leaves out counts more than the least it lists (ties at the cut may be broken either way); a
 * shorter list than the limit must be the whole list.
 *
 * <p>With {@code --compare-totals FILE} it also reports, without failing, how many of the
 * benchmark queries find the same number of articles in both (text analysis and query parsing
 * may legitimately differ).
 *
 * <pre>FacetCheck --ours URL --solr URL --checks FILE [--compare-totals FILE]</pre>
 */
public final class FacetCheck {
  static final List<String> FACETS = List.of("artist", "outlet", "lang", "month");
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final String ours;
  private final String solr;

  FacetCheck(String ours, String solr) {
    this.ours = ours;
    this.solr = solr;
  }

  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    FacetCheck c = new FacetCheck(a.get("--ours", null), a.get("--solr", null));
    int failed = 0;
    List<String> checks = lines(Path.of(a.get("--checks", null)));
    for (String line : checks) {
      List<String> diff = c.compare(QueryLine.parse(line));
      if (diff.isEmpty()) {
        System.out.println("facets equal: " + line);
      } else {
        failed++;
        System.out.println("FACETS DIFFER: " + line);
        diff.forEach(d -> System.out.println("    " + d));
      }
    }
    String totalsFile = a.get("--compare-totals", "");
    if (!totalsFile.isEmpty()) {
      List<String> queries = lines(Path.of(totalsFile));
      int same = 0;
      List<String> examples = new ArrayList<>();
      for (String line : queries) {
        QueryLine q = QueryLine.parse(line);
        long o = c.get(c.ours + q.oursPath()).path("total").asLong(-1);
        long s = c.get(c.solr + q.solrPath(QueryLine.FACET_LIMIT)).path("response").path("numFound").asLong(-2);
        if (o == s) same++;
        else if (examples.size() < 5) examples.add(line + " (ours " + o + ", solr " + s + ")");
      }
      System.out.printf(Locale.ROOT, "totals equal for %d of %d benchmark queries%n", same, queries.size());
      examples.forEach(e -> System.out.println("    differs: " + e));
      System.out.printf(Locale.ROOT, "TOTALS_EQUAL=%d/%d%n", same, queries.size());
    }
    System.out.printf(Locale.ROOT, "facet checks: %d passed, %d failed%n", checks.size() - failed, failed);
    System.exit(failed == 0 ? 0 : 1);
  }

  List<String> compare(QueryLine q) throws IOException, InterruptedException {
    List<String> diff = new ArrayList<>();
    JsonNode o = get(ours + q.oursPath());
    JsonNode s = get(solr + q.solrPath(-1));
    long ot = o.path("total").asLong(-1), st = s.path("response").path("numFound").asLong(-2);
    if (ot != st) diff.add("total: ours " + ot + ", solr " + st);
    for (String f : FACETS) {
      Map<String, Long> mine = new LinkedHashMap<>();
      o.path("facets").path(f).forEach(v -> mine.put(v.path("value").asText(), v.path("count").asLong()));
      Map<String, Long> theirs = new LinkedHashMap<>();
      JsonNode arr = s.path("facet_counts").path("facet_fields").path(f);
      for (int i = 0; i + 1 < arr.size(); i += 2) theirs.put(arr.get(i).asText(), arr.get(i + 1).asLong());
      diff.addAll(compareFacet(f, mine, theirs, f.equals("month") ? Integer.MAX_VALUE : QueryLine.FACET_LIMIT));
    }
    return diff;
  }

  /**
   * @param limit how many top values the app lists (it appends selected values beyond them,
   *     with a count of 0 when nothing matches; Solr, asked for mincount 1, leaves those out)
   */
  static List<String> compareFacet(String f, Map<String, Long> mine, Map<String, Long> theirs, int limit) {
    List<String> diff = new ArrayList<>();
    long least = Long.MAX_VALUE;
    int i = 0;
    for (var e : mine.entrySet()) {
      Long t = theirs.getOrDefault(e.getKey(), 0L);
      if (!e.getValue().equals(t)) diff.add(f + "[" + e.getKey() + "]: ours " + e.getValue() + ", solr " + t);
      if (i++ < limit) least = Math.min(least, e.getValue());
    }
    boolean whole = mine.size() < limit;
    for (var e : theirs.entrySet()) {
      if (mine.containsKey(e.getKey())) continue;
      if (whole || e.getValue() > least) diff.add(f + "[" + e.getKey() + "]: ours missing, solr " + e.getValue());
    }
    return diff;
  }

  JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + " from " + url + ": " + r.body());
    return json.readTree(r.body());
  }

  static List<String> lines(Path p) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
    return out;
  }
}
