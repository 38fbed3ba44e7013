package io.hallyu.cli;

import io.hallyu.Engine;
import io.hallyu.search.SearchRequest;
import io.hallyu.search.SearchResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search [filters] QUERY}: ranked hits and facet counts in the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index and print ranked hits with snippets and facet counts.")
public final class SearchCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(names = "--artist", paramLabel = "A", description = "Only articles about A (any spelling); repeatable.")
  List<String> artists = new ArrayList<>();

  @Option(names = "--outlet", paramLabel = "O", description = "Only articles from outlet O; repeatable.")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "L", description = "Only articles in language L (ko, en); repeatable.")
  List<String> langs = new ArrayList<>();

  @Option(names = "--from", paramLabel = "D", description = "Published on or after D (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "D", description = "Published on or before D (YYYY-MM-DD).")
  String to;

  @Option(names = "--sort", paramLabel = "S", description = "relevance, newest or oldest.")
  String sort;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page (1-100).")
  int size;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page, from 1.")
  int page;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words; empty lists everything, newest first.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    SearchRequest request;
    try {
      request = new SearchRequest(String.join(" ", query), artists, outlets, langs,
          date("--from", from), date("--to", to),
          sort == null ? null : SearchRequest.Sort.parse(sort), page, size);
    } catch (io.hallyu.search.InvalidRequestException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    try (Engine engine = Engine.openReadOnly(index.settings(null).indexDir())) {
      print(engine.search().search(request));
    }
    return 0;
  }

  private static LocalDate date(String option, String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new io.hallyu.search.InvalidRequestException(option,
          option + " must be an ISO date like 2024-02-04 (got '" + value + "')");
    }
  }

  private static void print(SearchResponse r) {
    System.out.printf("%d results%s (%d ms), page %d%n%n", r.total(),
        r.query().isEmpty() ? "" : " for \"" + r.query() + "\"", r.tookMs(), r.page());
    int n = (r.page() - 1) * r.size();
    for (SearchResponse.Hit h : r.hits()) {
      System.out.printf("%3d. %s  %s  %s  [%s]%n", ++n, h.date() == null ? "----------" : h.date(),
          h.outlet() == null ? "-" : h.outlet(), h.lang(), String.join(", ", h.artists()));
      System.out.println("     " + h.title());
      System.out.println("     " + terminal(h.snippet()));
      System.out.println();
    }
    r.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        System.out.println(dim + ": " + values.stream()
            .map(v -> (v.label() == null ? v.value() : v.label()) + " " + v.count())
            .collect(Collectors.joining(", ")));
      }
    });
  }

  /** The HTML snippet for a terminal: matches in bold, entities decoded. */
  static String terminal(String html) {
    String marked = html.replace("<mark>", "\u001b[1m").replace("</mark>", "\u001b[0m");
    return org.jsoup.parser.Parser.unescapeEntities(marked, false);
  }
}
