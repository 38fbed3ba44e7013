package io.hallyu.index;

import io.hallyu.analysis.HallyuAnalyzer;
import io.hallyu.analysis.TitlePrefixes;
import io.hallyu.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * Field names and the mapping between {@link Article} and Lucene {@link Document}. Each field type
 * is chosen for what queries do with it.
 */
public final class Schema {
  /** Unique key: indexed for {@code updateDocument}, doc values for a stable tie-break. */
  public static final String ID = "id";
  public static final String TITLE = "title";
  /** Every prefix of every title word, for suggestions; see {@link TitlePrefixes}. */
  public static final String TITLE_PREFIXES = "title_prefixes";
  public static final String BODY = "body";
  /**
   * Title and body again as CJK bigrams ({@link HallyuAnalyzer#BIGRAM_FIELD}), blended into the
   * ranking by the query factory; not stored, no positions.
   */
  public static final String BIGRAMS = HallyuAnalyzer.BIGRAM_FIELD;
  /** Canonical artist names, one term each, for query expansion ({@code 뷔} → {@code V}). */
  public static final String ARTIST = "artist";
  /** Epoch day: points for range filters, doc values for sorting. */
  public static final String DATE = "date";
  public static final String OUTLET = "outlet";
  public static final String LANG = "lang";
  public static final String URL = "url";

  public static final String FACET_ARTIST = "artist";
  public static final String FACET_OUTLET = "outlet";
  public static final String FACET_LANG = "lang";
  public static final String FACET_MONTH = "month";
  public static final List<String> FACET_DIMS =
      List.of(FACET_ARTIST, FACET_OUTLET, FACET_LANG, FACET_MONTH);

  /** Analyzed, stored, with offsets in the postings so the unified highlighter needs no re-analysis. */
  static final FieldType TEXT = textType();

  /** Frequencies for BM25, no positions: the bigram field is never searched for phrases. */
  static final FieldType BIGRAM_TEXT = bigramType();

  private Schema() {}

  private static FieldType bigramType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_ARTIST, true);
    return config;
  }

  /** The document to index; call {@code FacetsConfig.build} on it before adding. */
  public static Document toDocument(Article a) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, a.id(), Field.Store.YES));
    doc.add(new Field(TITLE, a.title(), TEXT));
    doc.add(new TextField(TITLE_PREFIXES, TitlePrefixes.indexStream(a.title())));
    doc.add(new Field(BODY, a.body(), TEXT));
    doc.add(new Field(BIGRAMS, a.title() + "\n" + a.body(), BIGRAM_TEXT));
    for (String artist : a.artists()) {
      doc.add(new StringField(ARTIST, artist, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(FACET_ARTIST, artist));
    }
    if (a.date() != null) {
      long day = a.date().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new NumericDocValuesField(DATE, day));
      doc.add(new StoredField(DATE, day));
      doc.add(new SortedSetDocValuesFacetField(FACET_MONTH, month(a.date())));
    }
    if (a.outlet() != null) {
      doc.add(new StoredField(OUTLET, a.outlet()));
      doc.add(new SortedSetDocValuesFacetField(FACET_OUTLET, a.outlet()));
    }
    if (a.url() != null) {
      doc.add(new StoredField(URL, a.url()));
    }
    doc.add(new StoredField(LANG, a.lang()));
    doc.add(new SortedSetDocValuesFacetField(FACET_LANG, a.lang()));
    return doc;
  }

  /** Rebuilds the article from stored fields. */
  public static Article fromDocument(Document doc) {
    IndexableField date = doc.getField(DATE);
    List<String> artists = new ArrayList<>();
    for (IndexableField f : doc.getFields(ARTIST)) {
      artists.add(f.stringValue());
    }
    return new Article(doc.get(ID), doc.get(TITLE), doc.get(BODY),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        doc.get(OUTLET), doc.get(URL), doc.get(LANG), artists);
  }

  /** The month facet value, {@code 2024-02}. */
  public static String month(LocalDate date) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
  }
}
