package io.hallyu.cli;

import io.hallyu.Engine;
import io.hallyu.search.SearchRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
          SearchRequest.parseDate("--from", from), SearchRequest.parseDate("--to", to),
          sort == null ? null : SearchRequest.Sort.parse(sort), page, size);
    } catch (io.hallyu.search.InvalidRequestException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    try (Engine engine = Engine.openReadOnly(index.settings(null).indexDir())) {
      HitPrinter.print(engine.search().search(request), new PrintWriter(System.out));
    }
    return 0;
  }
}
