package io.hallyu.eval;

import io.hallyu.analysis.Analyzers;
import io.hallyu.article.Article;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import io.hallyu.index.Schema;
import io.hallyu.search.QueryFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
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

  /** Baselines, then the project's configuration and the variants tried against it. */
  public static List<Retrieval> all(ArtistRegistry registry) {
    List<Retrieval> all = new java.util.ArrayList<>(baselines());
    all.add(project(registry));
    Analyzer analyzer = Analyzers.forRegistry(registry);
    all.add(project("Hallyu, AND", registry, analyzer, new QueryFactory(registry, analyzer),
        QueryFactory.Operator.AND));
    return all;
  }

  /** The project exactly as the server is configured, with the operator that suits questions. */
  public static Retrieval project(ArtistRegistry registry) {
    Analyzer analyzer = Analyzers.forRegistry(registry);
    return project("Hallyu (project)", registry, analyzer, new QueryFactory(registry, analyzer),
        QueryFactory.Operator.OR);
  }
}
