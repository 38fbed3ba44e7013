package io.hallyu.suggest;

import io.hallyu.analysis.TitlePrefixes;
import io.hallyu.index.ArticleIndex;
import io.hallyu.index.FacetedSearcher;
import io.hallyu.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Suggests titles of indexed articles: titles whose words start with the query's words, in order
 * ({@code love wi} → "Love wins all"), titles that begin with them first, then the most recent.
 *
 * <p>It reads the main index's {@link Schema#TITLE_PREFIXES} field, so an article is suggested as
 * soon as the index's near-real-time refresh makes it searchable, and replacing or deleting an
 * article needs nothing more.
 */
public final class TitleSuggester {
  /** A single letter or jamo matches too many titles to be a suggestion. */
  static final int MIN_QUERY_CHARS = 2;
  /** Extra hits read so that duplicate titles (one story, several outlets) can be dropped. */
  static final int DUPLICATE_ALLOWANCE = 2;

  private final ArticleIndex index;
  private final Sort order;

  public TitleSuggester(ArticleIndex index) {
    this.index = index;
    SortField newest = new SortField(Schema.DATE, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE); // undated articles last
    this.order = new Sort(SortField.FIELD_SCORE, newest);
  }

  /** Up to {@code size} titles for a query being typed, each title once. */
  public List<Suggestion> suggest(String query, int size) throws IOException {
    Query q = query(query);
    if (q == null || size <= 0) {
      return List.of();
    }
    FacetedSearcher searcher = index.acquireForSearch();
    try {
      TopDocs top = searcher.search(q, size * DUPLICATE_ALLOWANCE, order, true);
      StoredFields stored = searcher.storedFields();
      Set<String> seen = new HashSet<>();
      List<Suggestion> out = new ArrayList<>(size);
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc, Set.of(Schema.ID, Schema.TITLE));
        String title = doc.get(Schema.TITLE);
        if (seen.add(title)) {
          out.add(Suggestion.title(title, doc.get(Schema.ID)));
          if (out.size() == size) {
            break;
          }
        }
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  /**
   * The query's words as a phrase of word prefixes (score 1), plus the same phrase right after
   * the title's start (another 1), so titles that begin with the query sort first.
   */
  static Query query(String text) {
    List<String> words = TitlePrefixes.queryTokens(text);
    int chars = words.stream().mapToInt(String::length).sum();
    if (words.isEmpty() || chars < MIN_QUERY_CHARS) {
      return null;
    }
    PhraseQuery.Builder anywhere = new PhraseQuery.Builder();
    PhraseQuery.Builder atStart = new PhraseQuery.Builder();
    atStart.add(new Term(Schema.TITLE_PREFIXES, TitlePrefixes.START), 0);
    for (int i = 0; i < words.size(); i++) {
      anywhere.add(new Term(Schema.TITLE_PREFIXES, words.get(i)), i);
      atStart.add(new Term(Schema.TITLE_PREFIXES, words.get(i)), i + 1);
    }
    return new BooleanQuery.Builder()
        .add(new ConstantScoreQuery(anywhere.build()), BooleanClause.Occur.MUST)
        .add(new ConstantScoreQuery(atStart.build()), BooleanClause.Occur.SHOULD)
        .build();
  }
}
