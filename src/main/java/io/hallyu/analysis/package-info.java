/**
 * Text analysis for Korean and English K-pop news: Lucene analyzers and the Hangul helpers that let
 * search-as-you-type follow the Korean keyboard.
 *
 * <p>{@link io.hallyu.analysis.Hangul} splits syllables into jamo and extracts initials (초성);
 * {@link io.hallyu.analysis.HangulKeyboard} turns text into the keys of the 2-set (두벌식) keyboard
 * and the 천지인 phone keypad, so that a half-typed query is a prefix of the full name's key;
 * {@link io.hallyu.analysis.HangulRomanizer} spells Hangul names in Latin letters and folds the many
 * ways fans spell them. All are pure functions over {@link java.lang.String}, free of locale
 * dependence (case changes use {@link java.util.Locale#ROOT} semantics).
 */
package io.hallyu.analysis;
