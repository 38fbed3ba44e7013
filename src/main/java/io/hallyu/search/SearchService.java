package io.hallyu.search;

import io.hallyu.article.Article;
import io.hallyu.artist.Artist;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.index.ArticleIndex;
import io.hallyu.index.FacetedSearcher;
import io.hallyu.index.Schema;
import io.hallyu.search.SearchResponse.FacetValue;
import io.hallyu.search.SearchResponse.Hit;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs searches: query, facet drill-down and drill-sideways counts, sort, page, highlight. Knows
 * nothing of HTTP.
 */
public final class SearchService {
  static final int FACET_SIZE = 10;
  static final int SNIPPET_CHARS = 180;
  static final Map<String, String> LANGUAGE_LABELS = Map.of("ko", "한국어 (Korean)", "en", "English (영어)");

  private final ArticleIndex index;
  private final ArtistRegistry registry;
  private final Analyzer analyzer;
  private final QueryFactory queries;
  private final boolean cacheAnswers;
  private final QueryFactory.Weights weights;

  public SearchService(ArticleIndex index, ArtistRegistry registry, Analyzer analyzer) {
    this(index, registry, analyzer, true);
  }

  /**
   * @param cacheAnswers answer a repeated request from the searcher's cache until the next
   *     refresh; off, every request is searched (for measuring raw search)
   */
  public SearchService(ArticleIndex index, ArtistRegistry registry, Analyzer analyzer,
      boolean cacheAnswers) {
    this(index, registry, analyzer, cacheAnswers, QueryFactory.Weights.DEFAULT);
  }

  /** As the server runs, with other ranking weights: for the evaluation's tuning rows only. */
  public SearchService(ArticleIndex index, ArtistRegistry registry, Analyzer analyzer,
      boolean cacheAnswers, QueryFactory.Weights weights) {
    this.cacheAnswers = cacheAnswers;
    this.index = index;
    this.registry = registry;
    this.analyzer = analyzer;
    this.queries = new QueryFactory(registry, analyzer, weights);
    this.weights = weights;
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    FacetedSearcher searcher = index.acquireForSearch();
    try {
      // Like Solr's query result cache, but tied to the reader, so it is never stale.
      if (cacheAnswers && searcher.cache().get(request) instanceof SearchResponse hit) {
        return hit.took(elapsedMillis(start));
      }
      QueryFactory.Plan plan = queries.plan(request.query());
      List<String> artists = request.artists().stream().map(registry::resolve).distinct().toList();
      Answer answer = null;
      for (int i = 0; i < plan.size(); i++) {
        answer = answer(searcher, plan.level(i), artists, request);
        if (answer.total() >= (i == 0 ? weights.enough() : weights.relaxedEnough())) {
          break;
        }
      }
      List<Hit> hits = hits(searcher, plan.highlight(), answer.top(),
          (request.page() - 1) * request.size());
      SearchResponse response = new SearchResponse(request.query(), answer.total(),
          elapsedMillis(start), request.page(), request.size(), request.effectiveSort().value(),
          answer.match().value(), null, hits, answer.facets());
      if (cacheAnswers) {
        searcher.cache().put(request, response);
      }
      return response;
    } finally {
      index.release(searcher);
    }
  }

  /** The hits of one relaxation step, and the facet counts over exactly those hits. */
  private record Answer(QueryFactory.Match match, TopDocs top, long total,
      Map<String, List<FacetValue>> facets) {}

  private Answer answer(FacetedSearcher searcher, QueryFactory.Level level, List<String> artists,
      SearchRequest request) throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(index.facetsConfig(), level.query());
    // Adding a dimension again ORs the value with the earlier ones (multi-select).
    artists.forEach(a -> ddq.add(Schema.FACET_ARTIST, a));
    request.outlets().forEach(o -> ddq.add(Schema.FACET_OUTLET, o));
    request.langs().forEach(l -> ddq.add(Schema.FACET_LANG, l));
    if (request.from() != null || request.to() != null) {
      // The date range drills sideways on the month facet, so the histogram keeps showing
      // the months around a selected range.
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      ddq.add(Schema.FACET_MONTH, LongPoint.newRangeQuery(Schema.DATE, from, to));
    }
    int topN = request.page() * request.size();
    TopDocs top;
    Map<String, List<FacetValue>> facets;
    if (searcher.facetState() == null) {
      top = searcher.search(ddq, topN, sort(request.effectiveSort()), true);
      facets = emptyFacets();
    } else {
      DrillSideways ds = new DrillSideways(searcher, index.facetsConfig(), searcher.facetState());
      DrillSideways.DrillSidewaysResult r =
          ds.search(ddq, null, null, topN, sort(request.effectiveSort()), true);
      top = r.hits;
      facets = facets(r.facets, artists, request);
    }
    long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value : searcher.count(ddq);
    return new Answer(level.match(), top, total, facets);
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** The stored article with this id, or {@code null}. */
  public Article article(String id) throws IOException {
    FacetedSearcher searcher = index.acquireForSearch();
    try {
      TopDocs top = searcher.search(
          new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      return Schema.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc));
    } finally {
      index.release(searcher);
    }
  }

  private static Sort sort(SearchRequest.Sort sort) {
    SortField newest = new SortField(Schema.DATE, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    SortField oldest = new SortField(Schema.DATE, SortField.Type.LONG, false);
    oldest.setMissingValue(Long.MAX_VALUE);
    SortField id = new SortedSetSortField(Schema.ID, false);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
      case NEWEST -> new Sort(newest, id);
      case OLDEST -> new Sort(oldest, id);
    };
  }

  private List<Hit> hits(FacetedSearcher searcher, org.apache.lucene.search.Query highlight,
      TopDocs top, int offset) throws IOException {
    ScoreDoc[] page = top.scoreDocs.length <= offset ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
    if (page.length == 0) {
      return List.of();
    }
    int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    // Without WEIGHT_MATCHES: the per-term offsets from the postings are several times faster
    // and mark the same words for these queries.
    StoredFields stored = searcher.storedFields();
    Article[] articles = new Article[page.length];
    Map<Integer, Article> byDoc = new java.util.HashMap<>();
    for (int i = 0; i < page.length; i++) {
      articles[i] = Schema.fromDocument(stored.document(page[i].doc));
      byDoc.put(page[i].doc, articles[i]);
    }
    UnifiedHighlighter highlighter = new LoadedTextHighlighter(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFlags(EnumSet.of(UnifiedHighlighter.HighlightFlag.PHRASES,
                UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY))
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f)),
        byDoc);
    // Snippets come from the body; headlines without one get their title highlighted instead.
    String[] snippets = highlighter.highlightFields(new String[] {Schema.BODY}, highlight, docs,
        new int[] {2}).get(Schema.BODY);
    int[] headlines = java.util.stream.IntStream.range(0, page.length)
        .filter(i -> articles[i].body().isEmpty()).toArray();
    if (headlines.length > 0) {
      String[] titles = highlighter.highlightFields(new String[] {Schema.TITLE}, highlight,
          Arrays.stream(headlines).map(i -> docs[i]).toArray(), new int[] {1}).get(Schema.TITLE);
      for (int k = 0; k < headlines.length; k++) {
        snippets[headlines[k]] = titles[k];
      }
    }
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Article a = articles[i];
      hits.add(new Hit(a.id(), a.title(), snippets[i] == null ? "" : snippets[i],
          a.date() == null ? null : a.date().toString(), a.outlet(), a.url(), a.lang(),
          a.artists(), Float.isNaN(page[i].score) ? 0f : page[i].score));
    }
    return hits;
  }

  private Map<String, List<FacetValue>> facets(Facets facets, List<String> artists,
      SearchRequest request) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    out.put(Schema.FACET_ARTIST, topValues(facets, Schema.FACET_ARTIST, Set.copyOf(artists)));
    out.put(Schema.FACET_OUTLET, topValues(facets, Schema.FACET_OUTLET, Set.copyOf(request.outlets())));
    out.put(Schema.FACET_LANG, topValues(facets, Schema.FACET_LANG, Set.copyOf(request.langs())));
    List<FacetValue> months = new ArrayList<>();
    FacetResult all = facets.getAllChildren(Schema.FACET_MONTH);
    if (all != null) {
      for (LabelAndValue lv : all.labelValues) {
        months.add(new FacetValue(lv.label, null, lv.value.intValue(), null));
      }
      months.sort(Comparator.comparing(FacetValue::value));
    }
    out.put(Schema.FACET_MONTH, months);
    return out;
  }

  /** The top values by count, plus every selected value even when it is not among them. */
  private List<FacetValue> topValues(Facets facets, String dim, Set<String> selected)
      throws IOException {
    List<FacetValue> values = new ArrayList<>();
    FacetResult top = facets.getTopChildren(FACET_SIZE, dim);
    Set<String> shown = new java.util.HashSet<>();
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        values.add(value(dim, lv.label, lv.value.intValue(), selected));
        shown.add(lv.label);
      }
    }
    for (String s : selected) {
      if (!shown.contains(s)) {
        Number n = facets.getSpecificValue(dim, s);
        values.add(value(dim, s, n == null || n.intValue() < 0 ? 0 : n.intValue(), selected));
      }
    }
    return values;
  }

  private FacetValue value(String dim, String label, int count, Set<String> selected) {
    String shown = label;
    if (dim.equals(Schema.FACET_ARTIST)) {
      Artist a = registry.byCanonical(label);
      shown = a == null ? label : a.label();
    } else if (dim.equals(Schema.FACET_LANG)) {
      shown = LANGUAGE_LABELS.getOrDefault(label, label);
    }
    return new FacetValue(label, shown, count, selected.contains(label));
  }

  private static Map<String, List<FacetValue>> emptyFacets() {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACET_DIMS) {
      out.put(dim, List.of());
    }
    return out;
  }

  /**
   * Highlights the texts of articles already loaded for the hits, instead of decompressing their
   * stored fields a second time.
   */
  private static final class LoadedTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Article> articles;

    LoadedTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, Article> articles) {
      super(builder);
      this.articles = articles;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Article a = articles.get(doc);
        CharSequence[] row = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          row[f] = fields[f].equals(Schema.TITLE) ? a.title() : a.body();
        }
        values.add(row);
      }
      return values;
    }
  }
}
