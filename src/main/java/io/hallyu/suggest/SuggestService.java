package io.hallyu.suggest;

import io.hallyu.artist.ArtistRegistry;
import io.hallyu.index.ArticleIndex;
import io.hallyu.search.InvalidRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Search-as-you-type: artists first, then titles of indexed articles. Knows nothing of HTTP;
 * thread-safe.
 */
public final class SuggestService {
  public static final int DEFAULT_SIZE = 8;
  public static final int MAX_SIZE = 20;
  /** Longer text is a pasted query, not one being typed. */
  public static final int MAX_QUERY_LENGTH = 200;

  private final ArtistSuggester artists;
  private final TitleSuggester titles;
  private final ArtistCounts counts;

  public SuggestService(ArtistRegistry registry, ArticleIndex index) throws IOException {
    this(new ArtistSuggester(registry), index);
  }

  /** With an artist suggester built elsewhere (a benchmark's larger registry, say). */
  public SuggestService(ArtistSuggester artists, ArticleIndex index) throws IOException {
    this.artists = artists;
    this.titles = new TitleSuggester(index);
    this.counts = new ArtistCounts(index);
  }

  /**
   * Up to {@code size} suggestions. Artists come first but leave at least half the list to
   * titles when there are enough of them, so a name that is also in headlines shows both.
   *
   * @param query the text typed so far; null or blank gives no suggestions
   * @throws InvalidRequestException when size is outside 1 to {@link #MAX_SIZE} or the query is
   *     longer than {@link #MAX_QUERY_LENGTH}
   */
  public SuggestResponse suggest(String query, int size) throws IOException {
    String q = query == null ? "" : query;
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size",
          "size must be between 1 and " + MAX_SIZE + " (got " + size + ")");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException("q", "query longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (q.isBlank()) {
      return new SuggestResponse(q, List.of());
    }
    List<Suggestion> artistHits = artists.suggest(q, size, counts::get);
    List<Suggestion> titleHits = titles.suggest(q, size);
    int artistSlots = Math.min(artistHits.size(), Math.max(size - titleHits.size(), (size + 1) / 2));
    List<Suggestion> all = new ArrayList<>(size);
    all.addAll(artistHits.subList(0, artistSlots));
    all.addAll(titleHits.subList(0, Math.min(titleHits.size(), size - artistSlots)));
    return new SuggestResponse(q, all);
  }

  public ArtistSuggester artists() {
    return artists;
  }
}
