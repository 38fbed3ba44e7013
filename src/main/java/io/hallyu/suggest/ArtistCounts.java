package io.hallyu.suggest;

import io.hallyu.index.ArticleIndex;
import io.hallyu.index.FacetedSearcher;
import io.hallyu.index.Schema;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * How many indexed articles carry each artist, read from the artist facet once per index refresh
 * (on the refreshing thread) and cached, so ranking a suggestion costs a map lookup.
 */
public final class ArtistCounts implements ReferenceManager.RefreshListener {
  private final ArticleIndex index;
  private volatile Map<String, Integer> counts;

  /** Counts now and after every refresh of {@code index}. */
  public ArtistCounts(ArticleIndex index) throws IOException {
    this.index = index;
    this.counts = read();
    index.addRefreshListener(this);
  }

  /** Articles carrying the artist with this canonical name, as of the last refresh. */
  public int get(String canonical) {
    return counts.getOrDefault(canonical, 0);
  }

  @Override
  public void beforeRefresh() {}

  @Override
  public void afterRefresh(boolean didRefresh) throws IOException {
    if (didRefresh) {
      try {
        counts = read();
      } catch (AlreadyClosedException e) {
        // the index is closing; the old counts serve until it has
      }
    }
  }

  private Map<String, Integer> read() throws IOException {
    FacetedSearcher searcher = index.acquire();
    try {
      if (searcher.facetState() == null) {
        return Map.of();
      }
      // Without a collector the facet counts every live document; null when no article has artists.
      FacetResult all = new SortedSetDocValuesFacetCounts(searcher.facetState())
          .getAllChildren(Schema.FACET_ARTIST);
      Map<String, Integer> read = new HashMap<>();
      if (all != null) {
        for (LabelAndValue lv : all.labelValues) {
          read.put(lv.label, lv.value.intValue());
        }
      }
      return Map.copyOf(read);
    } finally {
      index.release(searcher);
    }
  }
}
