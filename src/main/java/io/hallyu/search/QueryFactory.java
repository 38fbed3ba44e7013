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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
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

  /** How many of the words the answered articles have, as the API reports it. */
  public enum Match {
    ALL, MOST, SOME;

    /** All of them; all but one of three or more; fewer. */
    static Match of(int required, int words) {
      return required >= words ? ALL : required == words - 1 && words >= 3 ? MOST : SOME;
    }

    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One relaxation step.
   *
   * @param required how many of the {@code words} relaxable words an article must have
   */
  public record Level(Match match, int required, int words, Query query) {}

  /**
   * The steps to try in order, strictest first, and the query whose terms the highlighter marks.
   * A relaxed step is built only when it is asked for: most queries stop at the first.
   */
  public static final class Plan {
    private final List<Integer> steps;
    private final java.util.function.IntFunction<Level> build;
    private final Level[] built;
    private final Query highlight;
    private final List<String> artists;

    Plan(List<Integer> steps, java.util.function.IntFunction<Level> build, Query highlight,
        List<String> artists) {
      this.steps = steps;
      this.build = build;
      this.built = new Level[steps.size()];
      this.highlight = highlight;
      this.artists = artists;
    }

    public int size() {
      return steps.size();
    }

    /** Step {@code i}, from 0 (every word). */
    public Level level(int i) {
      if (built[i] == null) {
        built[i] = build.apply(i);
      }
      return built[i];
    }

    public Query highlight() {
      return highlight;
    }

    public List<String> artists() {
      return artists;
    }
  }

  /**
   * The ranking knobs.
   *
   * @param titleBoost weight of a title match over a body match
   * @param bigramWeight weight of the bigram clause; 0 leaves it out
   * @param phraseWeight weight of all the words as one sloppy phrase; 0 leaves it out
   * @param phraseSlop how far apart the words of that phrase may be
   * @param pairWeight weight of each pair of neighbouring words as a sloppy phrase
   * @param allWordsBonus once relaxed, the constant added for having every word
   * @param relaxedShare the step before the last requires this share of the words (rounded up);
   *     the last requires one
   * @param relaxedPartsMust once relaxed, a word Nori splits still needs all its parts to count
   * @param enough with fewer hits than this with every word, the query is relaxed
   * @param relaxedEnough once relaxed, with fewer hits than this it is relaxed further
   */
  public record Weights(float titleBoost, float bigramWeight, float phraseWeight, int phraseSlop,
      float pairWeight, float allWordsBonus, double relaxedShare, boolean relaxedPartsMust,
      int enough, int relaxedEnough) {
    public static final Weights DEFAULT = new Weights(DEFAULT_TITLE_BOOST, DEFAULT_BIGRAM_WEIGHT,
        1.0f, 2, 0.5f, 10f, 0.6, false, 10, 100);

    public Weights withRelaxation(double share, boolean partsMust) {
      return new Weights(titleBoost, bigramWeight, phraseWeight, phraseSlop, pairWeight,
          allWordsBonus, share, partsMust, enough, relaxedEnough);
    }

    public Weights withEnough(int strict, int relaxed) {
      return new Weights(titleBoost, bigramWeight, phraseWeight, phraseSlop, pairWeight,
          allWordsBonus, relaxedShare, relaxedPartsMust, strict, relaxed);
    }

    public Weights withTitleBoost(float v) {
      return new Weights(v, bigramWeight, phraseWeight, phraseSlop, pairWeight, allWordsBonus,
          relaxedShare, relaxedPartsMust, enough, relaxedEnough);
    }

    public Weights withBigramWeight(float v) {
      return new Weights(titleBoost, v, phraseWeight, phraseSlop, pairWeight, allWordsBonus,
          relaxedShare, relaxedPartsMust, enough, relaxedEnough);
    }

    public Weights withProximity(float phrase, int slop, float pair) {
      return new Weights(titleBoost, bigramWeight, phrase, slop, pair, allWordsBonus,
          relaxedShare, relaxedPartsMust, enough, relaxedEnough);
    }

    public Weights withAllWordsBonus(float v) {
      return new Weights(titleBoost, bigramWeight, phraseWeight, phraseSlop, pairWeight, v,
          relaxedShare, relaxedPartsMust, enough, relaxedEnough);
    }
  }

  private final ArtistRegistry registry;
  private final QueryContext.Builder builder;
  private final Weights weights;
  private final float titleBoost;
  private final Map<String, Query> nameQueries = new ConcurrentHashMap<>();

  /** @param analyzer analyzes title and body, and {@link Schema#BIGRAMS} as bigrams */
  public QueryFactory(ArtistRegistry registry, Analyzer analyzer, Weights weights) {
    this.registry = registry;
    this.builder = new QueryContext.Builder(analyzer);
    this.weights = weights;
    this.titleBoost = weights.titleBoost();
  }

  public QueryFactory(ArtistRegistry registry, Analyzer analyzer, float titleBoost,
      float bigramWeight) {
    this(registry, analyzer, Weights.DEFAULT.withTitleBoost(titleBoost).withBigramWeight(bigramWeight));
  }

  public QueryFactory(ArtistRegistry registry, Analyzer analyzer) {
    this(registry, analyzer, Weights.DEFAULT);
  }

  /**
   * The default query path, relaxed step by step: every word first, then all but one, then about
   * 60 % of them (never fewer than one). Quoted phrases stay required and exclusions excluded at
   * every level. Each level ranks the same way: BM25 over title (boosted) and body, the optional
   * bigram clause, a bonus for the words close together (a sloppy phrase over title and body, and
   * for three words or more each neighbouring pair), and, once relaxed, a bonus for having every
   * word, so articles with all the words stay on top.
   */
  public Plan plan(String text) {
    Parts strict = parts(text, Occur.MUST);
    List<Query> boosts = new ArrayList<>(strict.rankingOnly());
    boosts.addAll(proximity(strict.plainText()));
    int n = strict.words().size() + strict.predicates().size();
    // Relaxed, predicates (태어났나, 열렸다) stop counting unless the query has nothing else.
    boolean dropPredicates = !strict.words().isEmpty() && !strict.predicates().isEmpty();
    int m = dropPredicates ? strict.words().size() : n;
    List<Integer> steps = new ArrayList<>(List.of(n));
    steps.addAll(relaxedSteps(m, dropPredicates));
    Parts[] relaxed = new Parts[1];
    Query all = strict.isEmpty() ? strict.emptyMatch() : matching(strict, n, Occur.MUST, false);
    return new Plan(steps, step -> {
      int k = steps.get(step);
      BooleanQuery.Builder level = new BooleanQuery.Builder();
      Match match;
      if (step == 0) {
        level.add(all, Occur.MUST);
        match = Match.ALL;
      } else {
        // Relaxed, a word Nori splits counts when any of its parts matches, as under OR.
        if (relaxed[0] == null) {
          relaxed[0] = parts(text, weights.relaxedPartsMust() ? Occur.MUST : Occur.SHOULD);
        }
        level.add(matching(relaxed[0], k, Occur.SHOULD, dropPredicates), Occur.MUST);
        if (weights.allWordsBonus() > 0) {
          level.add(new BoostQuery(new ConstantScoreQuery(all), weights.allWordsBonus()),
              Occur.SHOULD);
        }
        match = k == m && dropPredicates ? Match.MOST : Match.of(k, m);
      }
      boosts.forEach(b -> level.add(b, Occur.SHOULD));
      strict.excluded().forEach(q -> level.add(q, Occur.MUST_NOT));
      return new Level(match, k, m, level.build());
    }, strict.highlight(), strict.artists());
  }

  /** How many of {@code m} counted words each relaxed step requires, strictest first. */
  private List<Integer> relaxedSteps(int m, boolean predicatesDropped) {
    List<Integer> steps = new ArrayList<>();
    if (predicatesDropped) {
      steps.add(m);
    }
    int some = Math.max(1, (int) Math.ceil(weights.relaxedShare() * m));
    for (int k : new int[] {m - 1, some, 1}) {
      if (k >= 1 && (steps.isEmpty() ? m : steps.get(steps.size() - 1)) > k) {
        steps.add(k);
      }
    }
    return steps;
  }

  /**
   * Every required phrase, and {@code k} of the words ({@code words} MUST: all of them); dropped
   * predicates only rank.
   */
  private static Query matching(Parts parts, int k, Occur words, boolean dropPredicates) {
    BooleanQuery.Builder matched = new BooleanQuery.Builder();
    parts.required().forEach(q -> matched.add(q, Occur.MUST));
    parts.words().forEach(q -> matched.add(q, words));
    if (!dropPredicates) {
      parts.predicates().forEach(q -> matched.add(q, words));
    }
    if (words == Occur.SHOULD) {
      matched.setMinimumNumberShouldMatch(k);
    }
    BooleanQuery match = matched.build();
    if (!dropPredicates || parts.predicates().isEmpty()) {
      return match;
    }
    BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(match, Occur.MUST);
    parts.predicates().forEach(q -> ranked.add(q, Occur.SHOULD));
    return ranked.build();
  }

  /** The words close together: one sloppy phrase of them all and, for three or more, each pair. */
  private List<Query> proximity(List<String> words) {
    List<Query> out = new ArrayList<>();
    if (words.size() < 2 || weights.phraseWeight() <= 0) {
      return out;
    }
    Query all = phrase(String.join(" ", words), weights.phraseWeight());
    if (all != null) {
      out.add(all);
    }
    if (words.size() >= 3 && weights.pairWeight() > 0) {
      for (int i = 0; i + 1 < words.size(); i++) {
        Query pair = phrase(words.get(i) + " " + words.get(i + 1), weights.pairWeight());
        if (pair != null) {
          out.add(pair);
        }
      }
    }
    return out;
  }

  private Query phrase(String text, float weight) {
    Query title = builder.createPhraseQuery(Schema.TITLE, text, weights.phraseSlop());
    Query body = builder.createPhraseQuery(Schema.BODY, text, weights.phraseSlop());
    // One word that analyses to one token is no phrase: the word clauses already score it.
    if (title == null || title instanceof TermQuery || title instanceof SynonymQuery) {
      return null;
    }
    return new BoostQuery(titleAndBody(title, body), weight);
  }

  /**
   * The query as one Lucene query with one operator for every word: AND (every word required) or
   * OR (ranking alone). Not the server's path (see {@link #plan}); the evaluation compares them.
   */
  public Built build(String text, Operator operator) {
    Parts parts = parts(text, operator == Operator.AND ? Occur.MUST : Occur.SHOULD);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Occur each = operator == Operator.AND ? Occur.MUST : Occur.SHOULD;
    parts.required().forEach(q -> query.add(q, each));
    parts.words().forEach(q -> query.add(q, each));
    parts.predicates().forEach(q -> query.add(q, each));
    parts.excluded().forEach(q -> query.add(q, Occur.MUST_NOT));
    parts.rankingOnly().forEach(q -> query.add(q, Occur.SHOULD));
    if (parts.isEmpty()) {
      query.add(parts.emptyMatch(), Occur.MUST);
    }
    return new Built(query.build(), parts.highlight(), parts.artists());
  }

  /**
   * The pieces of a query before they are combined.
   *
   * @param words one clause per plain word (or artist-name run, or OR group): relaxable
   * @param predicates the plain words that are only verbs or adjectives: relaxed away first
   * @param required one clause per quoted phrase group: required at every level
   * @param plainText the plain words, in order, for the proximity boost
   */
  private record Parts(List<Query> words, List<Query> predicates, List<Query> required,
      List<Query> excluded,
      List<Query> rankingOnly, List<String> plainText, Query highlight, List<String> artists,
      boolean blank) {
    boolean isEmpty() {
      return words.isEmpty() && predicates.isEmpty() && required.isEmpty();
    }

    /** Only exclusions (or nothing): start from everything. Only stop words: nothing matches. */
    Query emptyMatch() {
      return blank ? new MatchAllDocsQuery() : new MatchNoDocsQuery();
    }
  }

  private Parts parts(String text, Occur within) {
    UserQuery uq = UserQuery.parse(text);
    QueryContext context = QueryContext.of(text);
    List<Query> words = new ArrayList<>();
    List<Query> predicates = new ArrayList<>();
    List<Query> required = new ArrayList<>();
    List<String> plainText = new ArrayList<>();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    Set<Artist> artists = new LinkedHashSet<>();
    List<List<UserQuery.Term>> groups = uq.groups();
    List<String> positiveText = new ArrayList<>();
    for (int g = 0; g < groups.size(); ) {
      List<UserQuery.Term> group = groups.get(g);
      int used = 1;
      BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
      boolean phrasesOnly = group.stream().allMatch(UserQuery.Term::phrase);
      boolean predicate = false;
      if (group.size() == 1 && !group.get(0).phrase()) {
        used = nameRun(groups, g);
        List<String> run = new ArrayList<>();
        QueryContext.Span first = null;
        QueryContext.Span last = null;
        for (int k = g; k < g + used; k++) {
          run.add(groups.get(k).get(0).text());
          last = context.claim(run.get(run.size() - 1));
          first = first == null ? last : first;
        }
        QueryContext.Span span = first == null || last == null || last.end() < first.start()
            ? null : new QueryContext.Span(first.start(), last.end());
        int named = artists.size();
        addTerm(alternatives, highlight, artists, String.join(" ", run), used > 1, within,
            context, span);
        predicate = used == 1 && span != null && artists.size() == named
            && !builder.content(Schema.TITLE, context, span);
      } else {
        for (UserQuery.Term t : group) {
          addTerm(alternatives, highlight, artists, t.text(), t.phrase(), within, context,
              t.phrase() ? null : context.claim(t.text()));
        }
      }
      BooleanQuery alt = alternatives.build();
      if (!alt.clauses().isEmpty()) {
        (phrasesOnly ? required : predicate ? predicates : words).add(alt);
        for (int k = g; k < g + used; k++) {
          groups.get(k).forEach(t -> positiveText.add(t.text()));
          if (!phrasesOnly && group.size() == 1) {
            plainText.add(groups.get(k).get(0).text());
          }
        }
      }
      g += used;
    }
    List<Query> excluded = new ArrayList<>();
    for (UserQuery.Term t : uq.excluded()) {
      BooleanQuery.Builder one = new BooleanQuery.Builder();
      addTerm(one, new BooleanQuery.Builder(), new LinkedHashSet<>(), t.text(), t.phrase(),
          Occur.MUST, context, t.phrase() ? null : context.claim(t.text()));
      excluded.add(one.build());
    }
    List<Query> rankingOnly = new ArrayList<>();
    if (!positiveText.isEmpty() && weights.bigramWeight() > 0) {
      Query bigrams = builder.createBooleanQuery(Schema.BIGRAMS, String.join(" ", positiveText),
          Occur.SHOULD);
      if (bigrams != null) {
        rankingOnly.add(new BoostQuery(bigrams, weights.bigramWeight()));
      }
    }
    return new Parts(words, predicates, required, excluded, rankingOnly, plainText, highlight.build(),
        artists.stream().map(Artist::canonical).toList(), uq.isEmpty());
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
