package io.hallyu.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the sorted-set facet state of its reader and a cache of answers, both built
 * once per refresh rather than once per request.
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final ReaderCache cache = new ReaderCache();

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    String field = config.getDimConfig(Schema.FACET_LANG).indexFieldName;
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
    this.facetState = info == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** The facet state, or {@code null} while the index holds no documents with facets. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Answers computed on this reader (the same question gets the same answer until a refresh). */
  public ReaderCache cache() {
    return cache;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new FacetedSearcher(reader, config);
      }
    };
  }
}
