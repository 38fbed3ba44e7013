package io.hallyu.eval;

import io.hallyu.analysis.Analyzers;
import io.hallyu.analysis.HallyuAnalyzer;
import io.hallyu.article.Article;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import io.hallyu.index.Schema;
import io.hallyu.search.QueryFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** The configurations the evaluation compares: Lucene's stock analyzers and the project's path. */
public final class Configurations {
  /** The field names the baselines index. */
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";

  private Configurations() {}

  /**
   * The same BM25 search the project does (title boosted, body, every term optional) with a stock
   * analyzer in place of the project's: the baselines to beat.
   */
  public static Retrieval baseline(String name, Analyzer analyzer, float titleBoost) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    return new Retrieval(name, analyzer, p -> {
      Document doc = new Document();
      doc.add(new StringField(ID, p.id(), Field.Store.YES));
      doc.add(new TextField(TITLE, p.title(), Field.Store.NO));
      doc.add(new TextField(BODY, p.text(), Field.Store.NO));
      return doc;
    }, q -> {
      Query title = builder.createBooleanQuery(TITLE, q, Occur.SHOULD);
      Query body = builder.createBooleanQuery(BODY, q, Occur.SHOULD);
      if (title == null || body == null) {
        return new MatchNoDocsQuery();
      }
      return new BooleanQuery.Builder()
          .add(new BoostQuery(title, titleBoost), Occur.SHOULD)
          .add(body, Occur.SHOULD)
          .build();
    });
  }

  /** Lucene's StandardAnalyzer, CJKAnalyzer (bigrams) and KoreanAnalyzer (Nori, stock). */
  public static List<Retrieval> baselines() {
    return List.of(
        baseline("StandardAnalyzer", new StandardAnalyzer(), QueryFactory.DEFAULT_TITLE_BOOST),
        baseline("CJKAnalyzer (bigrams)", new CJKAnalyzer(), QueryFactory.DEFAULT_TITLE_BOOST),
        baseline("KoreanAnalyzer (stock Nori)", new KoreanAnalyzer(), QueryFactory.DEFAULT_TITLE_BOOST));
  }

  /**
   * The server's own path: passages become {@link Article}s, artists are tagged as the ingester
   * tags them, documents come from {@link Schema#toDocument}, queries from {@link QueryFactory}.
   */
  public static Retrieval project(String name, ArtistRegistry registry, Analyzer analyzer,
      QueryFactory queries, QueryFactory.Operator operator) {
    ArtistTagger tagger = new ArtistTagger(registry);
    FacetsConfig facets = Schema.facetsConfig();
    return new Retrieval(name, analyzer, p -> {
      Article a = new Article(p.id(), p.title(), p.text(), null, null, null, "ko",
          tagger.merge(List.of(), p.title(), p.text()));
      try {
        return facets.build(Schema.toDocument(a));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, q -> queries.build(q, operator).query());
  }

  /** Baselines, the project's configuration, and the project with one choice undone. */
  public static List<Retrieval> all(ArtistRegistry registry) {
    List<Retrieval> all = new ArrayList<>(baselines());
    all.add(project(registry));
    all.addAll(ablations(registry));
    return all;
  }

  /** The project with one tuned choice set back or changed, to show what each is worth. */
  public static List<Retrieval> ablations(ArtistRegistry registry) {
    Set<POS.Tag> tags = HallyuAnalyzer.DEFAULT_STOP_TAGS;
    KoreanTokenizer.DecompoundMode mode = HallyuAnalyzer.DEFAULT_DECOMPOUND_MODE;
    float title = QueryFactory.DEFAULT_TITLE_BOOST;
    float grams = QueryFactory.DEFAULT_BIGRAM_WEIGHT;
    return List.of(
        variant("  without bigram field", registry, mode, tags, title, 0f, OR),
        variant("  Nori's stock stop tags", registry, mode, NORI_STOP_TAGS, title, grams, OR),
        variant("  decompound MIXED", registry, MIXED, tags, title, grams, OR),
        variant("  title boost 1", registry, mode, tags, 1f, grams, OR),
        variant("  operator AND", registry, mode, tags, title, grams, AND),
        variant("  before tuning (stock tags, no bigrams)", registry, mode, NORI_STOP_TAGS, title, 0f,
            OR));
  }

  /** The grid the defaults were chosen from, on train: one knob at a time, then combinations. */
  public static List<Retrieval> tuning(ArtistRegistry registry) {
    List<Retrieval> all = new ArrayList<>();
    KoreanTokenizer.DecompoundMode discard = KoreanTokenizer.DecompoundMode.DISCARD;
    for (KoreanTokenizer.DecompoundMode mode : KoreanTokenizer.DecompoundMode.values()) {
      all.add(variant("decompound " + mode, registry, mode, NORI_STOP_TAGS, 2f, 0f, OR));
    }
    Map<String, Set<POS.Tag>> extra = new LinkedHashMap<>();
    extra.put("+VCP VCN", Set.of(POS.Tag.VCP, POS.Tag.VCN));
    extra.put("+NP", Set.of(POS.Tag.NP));
    extra.put("+NNB", Set.of(POS.Tag.NNB));
    extra.put("+VX", Set.of(POS.Tag.VX));
    extra.put("+VV VA", Set.of(POS.Tag.VV, POS.Tag.VA));
    extra.put("+VCP VCN NP NNB VX", MORE_STOP_TAGS);
    for (Map.Entry<String, Set<POS.Tag>> e : extra.entrySet()) {
      all.add(variant("stop tags " + e.getKey(), registry, discard, plus(e.getValue()), 2f, 0f, OR));
    }
    Set<POS.Tag> keepAdverbs = EnumSet.copyOf(NORI_STOP_TAGS);
    keepAdverbs.remove(POS.Tag.MAG);
    all.add(variant("stop tags -MAG", registry, discard, keepAdverbs, 2f, 0f, OR));
    for (float boost : new float[] {0.5f, 1f, 1.5f, 3f}) {
      all.add(variant("title boost " + boost, registry, discard, NORI_STOP_TAGS, boost, 0f, OR));
    }
    for (float w : new float[] {0.5f, 1f, 1.5f, 2f}) {
      all.add(variant("bigrams x" + w, registry, discard, NORI_STOP_TAGS, 2f, w, OR));
    }
    Set<POS.Tag> more = plus(MORE_STOP_TAGS);
    all.add(variant("bigrams x1 + tags", registry, discard, more, 2f, 1f, OR));
    all.add(variant("bigrams x1 + tags + MIXED", registry, MIXED, more, 2f, 1f, OR));
    all.add(variant("bigrams x1 + tags, title 1", registry, discard, more, 1f, 1f, OR));
    all.add(variant("bigrams x1 + tags, title 1.5", registry, discard, more, 1.5f, 1f, OR));
    all.add(variant("tags + MIXED, title 1", registry, MIXED, more, 1f, 0f, OR));
    return all;
  }

  private static final QueryFactory.Operator OR = QueryFactory.Operator.OR;
  private static final QueryFactory.Operator AND = QueryFactory.Operator.AND;
  private static final KoreanTokenizer.DecompoundMode MIXED = KoreanTokenizer.DecompoundMode.MIXED;
  private static final Set<POS.Tag> NORI_STOP_TAGS = KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS;
  private static final Set<POS.Tag> MORE_STOP_TAGS =
      Set.of(POS.Tag.VCP, POS.Tag.VCN, POS.Tag.NP, POS.Tag.NNB, POS.Tag.VX);

  private static Set<POS.Tag> plus(Set<POS.Tag> extra) {
    Set<POS.Tag> tags = EnumSet.copyOf(NORI_STOP_TAGS);
    tags.addAll(extra);
    return tags;
  }

  /** The project path with other analysis and query choices. */
  static Retrieval variant(String name, ArtistRegistry registry, KoreanTokenizer.DecompoundMode mode,
      Set<POS.Tag> tags, float titleBoost, float bigramWeight, QueryFactory.Operator operator) {
    Analyzer analyzer = Analyzers.forRegistry(registry, mode, tags);
    return project(name, registry, analyzer,
        new QueryFactory(registry, analyzer, titleBoost, bigramWeight), operator);
  }

  /** The project exactly as the server is configured, with the operator that suits questions. */
  public static Retrieval project(ArtistRegistry registry) {
    Analyzer analyzer = Analyzers.forRegistry(registry);
    return project("Hallyu (project)", registry, analyzer, new QueryFactory(registry, analyzer),
        QueryFactory.Operator.OR);
  }
}
