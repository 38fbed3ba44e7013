package io.hallyu.search;

import io.hallyu.artist.Artist;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import io.hallyu.artist.NameKey;
import io.hallyu.index.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link UserQuery} into Lucene queries, never into query syntax. A term (or a run of up
 * to four words) that names an artist also matches every article tagged with that artist, so
 * {@code 뷔} finds an English article that only says {@code Kim Taehyung}.
 */
public final class QueryFactory {
  public static final float DEFAULT_TITLE_BOOST = 2.0f;
  /**
   * Weight of the optional bigram clause over {@link Schema#BIGRAMS}. It only ranks under AND (the
   * word clauses still decide what matches) and also recalls under OR. ko_tydiqa_goldp train
   * MRR@10: without 0.6855, 0.5 → 0.7273, 1.0 → 0.7278, 2.0 → 0.7151.
   */
  public static final float DEFAULT_BIGRAM_WEIGHT = 1.0f;
  private static final int MAX_NAME_WORDS = 4;

  /** How required groups combine: all must match, or any (ranking does the rest). */
  public enum Operator { AND, OR }

  /** The query to run and the query whose terms the highlighter marks. */
  public record Built(Query query, Query highlight, List<String> artists) {}

  private final ArtistRegistry registry;
  private final QueryContext.Builder builder;
  private final float titleBoost;
  private final float bigramWeight;
  private final Map<String, Query> nameQueries = new ConcurrentHashMap<>();

  /**
   * @param analyzer analyzes title and body, and {@link Schema#BIGRAMS} as bigrams
   * @param bigramWeight weight of the bigram clause; 0 leaves it out
   */
  public QueryFactory(ArtistRegistry registry, Analyzer analyzer, float titleBoost,
      float bigramWeight) {
    this.registry = registry;
    this.builder = new QueryContext.Builder(analyzer);
    this.titleBoost = titleBoost;
    this.bigramWeight = bigramWeight;
  }

  public QueryFactory(ArtistRegistry registry, Analyzer analyzer, float titleBoost) {
    this(registry, analyzer, titleBoost, DEFAULT_BIGRAM_WEIGHT);
  }

  public QueryFactory(ArtistRegistry registry, Analyzer analyzer) {
    this(registry, analyzer, DEFAULT_TITLE_BOOST, DEFAULT_BIGRAM_WEIGHT);
  }

  public Built build(String text, Operator operator) {
    UserQuery uq = UserQuery.parse(text);
    QueryContext context = QueryContext.of(text);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    Set<Artist> artists = new LinkedHashSet<>();
    List<List<UserQuery.Term>> groups = uq.groups();
    // A word Nori splits (합성생물학 → 합성, 생물, 학) follows the operator too: under OR a
    // question's words count part by part, as they would in any bag-of-words search.
    Occur within = operator == Operator.AND ? Occur.MUST : Occur.SHOULD;
    int positives = 0;
    List<String> positiveText = new ArrayList<>();
    for (int g = 0; g < groups.size(); ) {
      List<UserQuery.Term> group = groups.get(g);
      int used = 1;
      BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
      if (group.size() == 1 && !group.get(0).phrase()) {
        used = nameRun(groups, g);
        List<String> words = new ArrayList<>();
        QueryContext.Span first = null;
        QueryContext.Span last = null;
        for (int k = g; k < g + used; k++) {
          words.add(groups.get(k).get(0).text());
          last = context.claim(words.get(words.size() - 1));
          first = first == null ? last : first;
        }
        QueryContext.Span span = first == null || last == null || last.end() < first.start()
            ? null : new QueryContext.Span(first.start(), last.end());
        addTerm(alternatives, highlight, artists, String.join(" ", words), used > 1, within,
            context, span);
      } else {
        for (UserQuery.Term t : group) {
          addTerm(alternatives, highlight, artists, t.text(), t.phrase(), within, context,
              t.phrase() ? null : context.claim(t.text()));
        }
      }
      BooleanQuery alt = alternatives.build();
      if (!alt.clauses().isEmpty()) {
        query.add(alt, operator == Operator.AND ? Occur.MUST : Occur.SHOULD);
        positives++;
        for (int k = g; k < g + used; k++) {
          groups.get(k).forEach(t -> positiveText.add(t.text()));
        }
      }
      g += used;
    }
    for (UserQuery.Term t : uq.excluded()) {
      BooleanQuery.Builder excluded = new BooleanQuery.Builder();
      addTerm(excluded, new BooleanQuery.Builder(), new LinkedHashSet<>(), t.text(), t.phrase(),
          Occur.MUST, context, t.phrase() ? null : context.claim(t.text()));
      query.add(excluded.build(), Occur.MUST_NOT);
    }
    Query bigrams = positives == 0 || bigramWeight <= 0 ? null
        : builder.createBooleanQuery(Schema.BIGRAMS, String.join(" ", positiveText), Occur.SHOULD);
    if (bigrams != null) {
      query.add(new BoostQuery(bigrams, bigramWeight), Occur.SHOULD);
    }
    if (positives == 0) {
      // Only exclusions (or nothing): start from everything. Only stop words: nothing matches.
      query.add(uq.isEmpty() ? new MatchAllDocsQuery() : new MatchNoDocsQuery(), Occur.MUST);
    }
    return new Built(query.build(), highlight.build(),
        artists.stream().map(Artist::canonical).toList());
  }

  /** How many single-word groups from {@code g} on spell one artist's name (at least 1). */
  private int nameRun(List<List<UserQuery.Term>> groups, int g) {
    for (int n = Math.min(MAX_NAME_WORDS, groups.size() - g); n >= 2; n--) {
      StringBuilder joined = new StringBuilder();
      boolean plain = true;
      for (int k = g; k < g + n && plain; k++) {
        List<UserQuery.Term> group = groups.get(k);
        plain = group.size() == 1 && !group.get(0).phrase();
        joined.append(group.get(0).text());
      }
      if (plain && !artistsNamed(joined.toString()).isEmpty()) {
        return n;
      }
    }
    return 1;
  }

  /** Artists a query term names, allowing a Korean particle after the name. */
  List<Artist> artistsNamed(String text) {
    String key = NameKey.of(text);
    List<Artist> found = registry.lookupKey(key);
    if (found.isEmpty()) {
      for (String stripped : ArtistTagger.withoutParticles(key)) {
        found = registry.lookupKey(stripped);
        if (!found.isEmpty()) {
          break;
        }
      }
    }
    return found;
  }

  /** Adds the text matches of one term and, when it names artists, their tags. */
  private void addTerm(BooleanQuery.Builder into, BooleanQuery.Builder highlight,
      Set<Artist> artists, String text, boolean phrase, Occur within, QueryContext context,
      QueryContext.Span span) {
    Query textQuery = span == null ? textQuery(text, phrase, within)
        : textQuery(context, span, phrase, within);
    if (textQuery != null) {
      into.add(textQuery, Occur.SHOULD);
      highlight.add(textQuery, Occur.SHOULD);
    }
    for (Artist a : artistsNamed(text)) {
      into.add(new TermQuery(new Term(Schema.ARTIST, a.canonical())), Occur.SHOULD);
      if (artists.add(a)) {
        highlight.add(nameQueries.computeIfAbsent(a.canonical(), c -> nameQuery(a)), Occur.SHOULD);
      }
    }
  }

  /** Like {@link #textQuery(String, boolean, Occur)} for a word analyzed within its query. */
  Query textQuery(QueryContext context, QueryContext.Span span, boolean phrase, Occur within) {
    Query title = builder.create(Schema.TITLE, context, span, within, phrase);
    if (title == null) {
      return null;
    }
    return titleAndBody(title, builder.create(Schema.BODY, context, span, within, phrase));
  }

  /**
   * Phrases of the artist's distinctive names, so a snippet marks {@code Kim Taehyung} when the
   * query said {@code 뷔}. Built once per artist: the registry is not re-analysed per request.
   */
  private Query nameQuery(Artist a) {
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    for (String name : a.names()) {
      Query q = registry.needsContext(a, NameKey.of(name)) ? null : textQuery(name, true, Occur.MUST);
      if (q != null) {
        names.add(q, Occur.SHOULD);
      }
    }
    return names.build();
  }

  /**
   * The term over title (boosted) and body, or {@code null} when analysis leaves nothing; the
   * tokens of one word combine with {@code within}.
   */
  Query textQuery(String text, boolean phrase, Occur within) {
    Query title = phrase ? builder.createPhraseQuery(Schema.TITLE, text)
        : builder.createBooleanQuery(Schema.TITLE, text, within);
    if (title == null) {
      return null;
    }
    Query body = phrase ? builder.createPhraseQuery(Schema.BODY, text)
        : builder.createBooleanQuery(Schema.BODY, text, within);
    return titleAndBody(title, body);
  }

  private Query titleAndBody(Query title, Query body) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(title, titleBoost), Occur.SHOULD)
        .add(body, Occur.SHOULD)
        .build();
  }
}
