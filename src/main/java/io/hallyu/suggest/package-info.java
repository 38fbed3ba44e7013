/**
 * Search-as-you-type: suggestions on every keystroke, artists first, then article titles.
 *
 * <p>{@link io.hallyu.suggest.ArtistSuggester} matches the registry's names by the keys a Korean or
 * English keyboard produces on the way to them (2-set keystrokes, 천지인 strokes, initials,
 * the wrong layout either way, romanized spellings), from sorted key arrays built once at
 * startup. {@link io.hallyu.suggest.TitleSuggester} finds titles of indexed articles through the
 * index's title prefix field. {@link io.hallyu.suggest.SuggestService} merges both, ranking artists
 * by how many indexed articles carry them. Nothing here knows HTTP.
 */
package io.hallyu.suggest;
