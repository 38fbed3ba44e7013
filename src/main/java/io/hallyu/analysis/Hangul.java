package io.hallyu.analysis;

import java.util.Arrays;

/**
 * Jamo-level helpers for Korean text: splitting syllables into the keystrokes of the standard
 * 2-set (두벌식) keyboard, extracting initial consonants (초성), and measuring how much of a text
 * is Hangul.
 *
 * <p>All methods are pure, thread-safe and allocate at most one {@link StringBuilder}. Jamo are
 * returned as Hangul Compatibility Jamo (U+3131–U+3163, the characters a Korean keyboard types),
 * also when the input uses conjoining jamo (U+1100 block, as produced by NFD normalisation).
 *
 * @see HangulKeyboard for keyboard-layout keys built on these decompositions
 * @see HangulRomanizer for Latin spellings of Hangul
 */
public final class Hangul {
    static final int SYLLABLE_FIRST = 0xAC00;
    static final int SYLLABLE_LAST = 0xD7A3;
    static final int JUNG_COUNT = 21;
    static final int JONG_COUNT = 28;

    static final int COMPAT_FIRST = 0x3131; // ㄱ
    static final int COMPAT_LAST_CONSONANT = 0x314E; // ㅎ
    static final int COMPAT_FIRST_VOWEL = 0x314F; // ㅏ
    static final int COMPAT_LAST = 0x3163; // ㅣ

    /** Initial consonants in Unicode syllable order. */
    static final char[] CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".toCharArray();
    /** Medial vowels in Unicode syllable order (also the order of U+314F–U+3163). */
    static final char[] JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ".toCharArray();
    /** Final consonants in Unicode syllable order; index 0 is "no final". */
    static final char[] JONG = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ".toCharArray();

    /**
     * Compound jamo that take two keys on the 2-set keyboard, as triples (compound, first, second).
     * ㄲ ㄸ ㅃ ㅆ ㅉ and ㅐ ㅒ ㅔ ㅖ are single (possibly shifted) keys and are not listed.
     */
    private static final String COMPOUNDS =
            "ㄳㄱㅅㄵㄴㅈㄶㄴㅎㄺㄹㄱㄻㄹㅁㄼㄹㅂㄽㄹㅅㄾㄹㅌㄿㄹㅍㅀㄹㅎㅄㅂㅅ"
                    + "ㅘㅗㅏㅙㅗㅐㅚㅗㅣㅝㅜㅓㅞㅜㅔㅟㅜㅣㅢㅡㅣ";

    /** Indexed by {@code jamo - COMPAT_FIRST}: first / second keystroke of a compound, else 0. */
    static final char[] SPLIT_FIRST = new char[COMPAT_LAST - COMPAT_FIRST + 1];
    static final char[] SPLIT_SECOND = new char[COMPAT_LAST - COMPAT_FIRST + 1];

    /** Indexed by {@code jamo - COMPAT_FIRST}: position in {@link #CHO} / {@link #JONG}, else -1. */
    static final byte[] CHO_INDEX = new byte[COMPAT_LAST - COMPAT_FIRST + 1];
    static final byte[] JONG_INDEX = new byte[COMPAT_LAST - COMPAT_FIRST + 1];

    static {
        Arrays.fill(CHO_INDEX, (byte) -1);
        Arrays.fill(JONG_INDEX, (byte) -1);
        for (int i = 0; i < CHO.length; i++) {
            CHO_INDEX[CHO[i] - COMPAT_FIRST] = (byte) i;
        }
        for (int i = 1; i < JONG.length; i++) {
            JONG_INDEX[JONG[i] - COMPAT_FIRST] = (byte) i;
        }
        for (int i = 0; i < COMPOUNDS.length(); i += 3) {
            int at = COMPOUNDS.charAt(i) - COMPAT_FIRST;
            SPLIT_FIRST[at] = COMPOUNDS.charAt(i + 1);
            SPLIT_SECOND[at] = COMPOUNDS.charAt(i + 2);
        }
    }

    private Hangul() {}

    /**
     * Splits Hangul into the jamo keystrokes of the 2-set keyboard.
     *
     * <p>Compound vowels and double final consonants become the two keys that type them
     * ({@code 과 → ㄱㅗㅏ}, {@code 닭 → ㄷㅏㄹㄱ}); tense consonants and ㅐ ㅒ ㅔ ㅖ are one key and
     * stay whole ({@code 쌍 → ㅆㅏㅇ}). Standalone compatibility jamo pass through, compound ones
     * split ({@code ㅘ → ㅗㅏ}). Every other character passes through unchanged.
     *
     * @param text any text, not null
     * @return the decomposed text; empty for empty input
     */
    public static String decompose(String text) {
        Check.notNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                int s = c - SYLLABLE_FIRST;
                appendKeystrokes(out, CHO[s / (JUNG_COUNT * JONG_COUNT)]);
                appendKeystrokes(out, JUNG[(s / JONG_COUNT) % JUNG_COUNT]);
                if (s % JONG_COUNT != 0) {
                    appendKeystrokes(out, JONG[s % JONG_COUNT]);
                }
            } else {
                char jamo = toCompatibilityJamo(c);
                if (jamo != 0) {
                    appendKeystrokes(out, jamo);
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * Extracts the initial consonant (초성) of every syllable: {@code 아이유 → ㅇㅇㅇ},
     * {@code 방탄소년단 → ㅂㅌㅅㄴㄷ}.
     *
     * <p>Standalone consonant jamo are kept, so initials of an initials query are itself. Other
     * letters and digits are <em>kept</em> unchanged ({@code BTS 방탄 → BTSㅂㅌ}), so that mixed
     * names still tell apart; whitespace, punctuation, symbols and standalone vowels are dropped.
     *
     * @param text any text, not null
     * @return the initials; empty when there are none
     */
    public static String initials(String text) {
        Check.notNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                out.append(CHO[(c - SYLLABLE_FIRST) / (JUNG_COUNT * JONG_COUNT)]);
            } else if (c >= 0x1100 && c <= 0x1112) { // conjoining initial consonant
                out.append(CHO[c - 0x1100]);
            } else if (isCompatibilityConsonant(c)) {
                out.append(c);
            } else if (!isHangul(c) && Character.isLetterOrDigit(c)) { // vowel jamo are no initials
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text is an initials (초성) query such as {@code ㅂㅌㅅㄴㄷ}: at least one
     * consonant jamo (ㄱ–ㅎ) and nothing else but whitespace.
     *
     * @param text any text, not null
     * @return true for a consonant-only query
     */
    public static boolean isInitialsOnly(String text) {
        Check.notNull(text, "text");
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCompatibilityConsonant(c)) {
                any = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return any;
    }

    /**
     * The share of letters that are Hangul, from 0.0 to 1.0; digits, spaces and punctuation are not
     * counted. A text without letters scores 0.0. Useful to tag a text {@code ko} when Hangul
     * dominates ({@code hangulRatio(text) > 0.5}).
     *
     * @param text any text, not null
     * @return Hangul letters divided by all letters
     */
    public static double hangulRatio(String text) {
        Check.notNull(text, "text");
        int letters = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isHangul(cp)) {
                letters++;
                hangul++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return letters == 0 ? 0.0 : (double) hangul / letters;
    }

    static boolean isSyllable(char c) {
        return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
    }

    static boolean isCompatibilityConsonant(char c) {
        return c >= COMPAT_FIRST && c <= COMPAT_LAST_CONSONANT;
    }

    static boolean isCompatibilityVowel(char c) {
        return c >= COMPAT_FIRST_VOWEL && c <= COMPAT_LAST;
    }

    /** Hangul syllables and jamo of every block (conjoining, compatibility, extended, halfwidth). */
    static boolean isHangul(int cp) {
        return (cp >= SYLLABLE_FIRST && cp <= SYLLABLE_LAST)
                || (cp >= 0x1100 && cp <= 0x11FF)
                || (cp >= 0x3131 && cp <= 0x318E)
                || (cp >= 0xA960 && cp <= 0xA97C)
                || (cp >= 0xD7B0 && cp <= 0xD7FB)
                || (cp >= 0xFFA0 && cp <= 0xFFDC);
    }

    /**
     * The modern compatibility jamo (U+3131–U+3163) for a compatibility or conjoining jamo, or 0
     * when {@code c} is neither (syllables, archaic jamo and everything else).
     */
    static char toCompatibilityJamo(char c) {
        if (c >= COMPAT_FIRST && c <= COMPAT_LAST) {
            return c;
        } else if (c >= 0x1100 && c <= 0x1112) {
            return CHO[c - 0x1100];
        } else if (c >= 0x1161 && c <= 0x1175) {
            return JUNG[c - 0x1161];
        } else if (c >= 0x11A8 && c <= 0x11C2) {
            return JONG[c - 0x11A8 + 1];
        }
        return 0;
    }

    /** Appends a compatibility jamo as the one or two jamo keys that type it. */
    static void appendKeystrokes(StringBuilder out, char jamo) {
        char first = SPLIT_FIRST[jamo - COMPAT_FIRST];
        if (first == 0) {
            out.append(jamo);
        } else {
            out.append(first).append(SPLIT_SECOND[jamo - COMPAT_FIRST]);
        }
    }
}
