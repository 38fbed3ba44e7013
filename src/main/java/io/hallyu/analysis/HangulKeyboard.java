package io.hallyu.analysis;

import static io.hallyu.analysis.Hangul.COMPAT_FIRST;
import static io.hallyu.analysis.Hangul.SPLIT_FIRST;
import static io.hallyu.analysis.Hangul.SPLIT_SECOND;

/**
 * Keyboard keys for Korean text, so that search-as-you-type can match what the user has typed so
 * far, whatever the input method shows mid-syllable.
 *
 * <p><b>2-set (두벌식) keys.</b> Each jamo maps to the Latin key that types it with the English
 * layout active. Shifted keys are the only uppercase letters in a key: ㅃ→Q, ㅉ→W, ㄸ→E, ㄲ→R,
 * ㅆ→T, ㅒ→O, ㅖ→P. Latin text is lowercased, so {@code BTS}, {@code bts} and {@code ㅠㅅㄴ} share
 * the key {@code bts}. The price is that Latin typed with Shift (for example {@code Rk} meant as
 * 까) keys as unshifted; run such input through {@link #fromQwertyKeys} first.
 *
 * <p><b>천지인 keys.</b> On the phone keypad vowels are built from the strokes ㅣ, ㆍ and ㅡ, so a
 * key spells every vowel as its strokes; consonants stay single symbols.
 *
 * <p>All methods are pure and thread-safe; key methods use one {@link StringBuilder} and lookup
 * tables, for suggesters that key thousands of names.
 */
public final class HangulKeyboard {
    /** 2-set key of every single-key compatibility jamo, indexed by {@code jamo - U+3131}. */
    private static final char[] KEY_OF_JAMO = new char[Hangul.COMPAT_LAST - COMPAT_FIRST + 1];
    /** Jamo typed by each ASCII letter key; uppercase = with Shift. */
    private static final char[] JAMO_OF_KEY = new char[128];

    private static final String LAYOUT =
            "ㄱrㄲRㄴsㄷeㄸEㄹfㅁaㅂqㅃQㅅtㅆTㅇdㅈwㅉWㅊcㅋzㅌxㅍvㅎg"
                    + "ㅏkㅐoㅑiㅒOㅓjㅔpㅕuㅖPㅗhㅛyㅜnㅠbㅡmㅣl";

    private static final char ARAEA = 'ㆍ';
    /** 천지인 strokes of each vowel, in U+314F–U+3163 order (ㅣ = I, ㆍ = D, ㅡ = E below). */
    private static final String[] STROKES = new String[Hangul.JUNG_COUNT];

    static {
        for (int i = 0; i < LAYOUT.length(); i += 2) {
            char jamo = LAYOUT.charAt(i);
            char key = LAYOUT.charAt(i + 1);
            KEY_OF_JAMO[jamo - COMPAT_FIRST] = key;
            JAMO_OF_KEY[key] = jamo;
            if (key >= 'a' && key <= 'z' && JAMO_OF_KEY[key - 32] == 0) {
                JAMO_OF_KEY[key - 32] = jamo; // Shift on a key without a shifted jamo types the same
            }
        }
        String spec = "ID IDI IDD IDDI DI DII DDI DDII DE DEID DEIDI DEI DDE ED EDDI EDDII EDI EDD E EI I";
        String[] parts = spec.split(" ");
        for (int i = 0; i < parts.length; i++) {
            STROKES[i] = parts[i].replace('I', 'ㅣ').replace('D', ARAEA).replace('E', 'ㅡ');
        }
    }

    private HangulKeyboard() {}

    /**
     * Converts Hangul to the Latin keys typed for it on the 2-set keyboard:
     * {@code 아이유 → dkdldb}, {@code 뉴진스 → sbwlstm}, {@code ㅠㅅㄴ → bts}, {@code 까 → Rk}.
     * Other characters are lowercased (locale-independently) and otherwise kept, spaces included.
     *
     * @param text any text, not null
     * @return the key sequence
     */
    public static String toQwertyKeys(String text) {
        Check.notNull(text, "text");
        return qwerty(text, false);
    }

    /**
     * The prefix-matching key of a text on the 2-set keyboard: {@link #toQwertyKeys} of its
     * keystrokes, keeping only letters and digits. A half-typed query keys to a prefix of the full
     * name's key whichever way the input method shows it: {@code 아이ㅇ}, {@code 아잉} and
     * {@code dkdld} all key to {@code dkdld}, a prefix of {@code keystrokeKey("아이유")}.
     *
     * @param text any text, not null
     * @return the key; empty when the text has no letters or digits
     */
    public static String keystrokeKey(String text) {
        Check.notNull(text, "text");
        return qwerty(text, true);
    }

    private static String qwerty(String text, boolean lettersAndDigitsOnly) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c)) {
                int s = c - Hangul.SYLLABLE_FIRST;
                appendKeys(out, Hangul.CHO[s / (Hangul.JUNG_COUNT * Hangul.JONG_COUNT)]);
                appendKeys(out, Hangul.JUNG[(s / Hangul.JONG_COUNT) % Hangul.JUNG_COUNT]);
                if (s % Hangul.JONG_COUNT != 0) {
                    appendKeys(out, Hangul.JONG[s % Hangul.JONG_COUNT]);
                }
            } else {
                char jamo = Hangul.toCompatibilityJamo(c);
                if (jamo != 0) {
                    appendKeys(out, jamo);
                } else if (!lettersAndDigitsOnly || Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
            }
        }
        return out.toString();
    }

    private static void appendKeys(StringBuilder out, char jamo) {
        int at = jamo - COMPAT_FIRST;
        if (SPLIT_FIRST[at] == 0) {
            out.append(KEY_OF_JAMO[at]);
        } else {
            out.append(KEY_OF_JAMO[SPLIT_FIRST[at] - COMPAT_FIRST])
                    .append(KEY_OF_JAMO[SPLIT_SECOND[at] - COMPAT_FIRST]);
        }
    }

    /**
     * Composes Hangul from keys typed with the English layout active, as a 2-set input method
     * would: {@code dkdldb → 아이유}, {@code rhk → 과}, {@code ekfr → 닭}, {@code ekfrl → 달기}
     * (a final consonant moves to the next syllable when a vowel follows), {@code ekfrdl → 닭이}.
     * Uppercase means Shift: {@code Rk → 까}; Shift on other letters types the same jamo as without.
     * Compatibility jamo in the input are composed too ({@code ㄷㅏㄹㄱ → 닭}); every other
     * character ends the syllable in progress and passes through unchanged.
     *
     * @param keys typed keys, not null
     * @return the composed text
     */
    public static String fromQwertyKeys(String keys) {
        Check.notNull(keys, "keys");
        Composer composer = new Composer(keys.length());
        for (int i = 0; i < keys.length(); i++) {
            char c = keys.charAt(i);
            char jamo = c < 128 ? JAMO_OF_KEY[c] : Hangul.toCompatibilityJamo(c);
            if (jamo == 0) {
                composer.other(c);
            } else if (SPLIT_FIRST[jamo - COMPAT_FIRST] != 0) {
                composer.jamo(SPLIT_FIRST[jamo - COMPAT_FIRST]);
                composer.jamo(SPLIT_SECOND[jamo - COMPAT_FIRST]);
            } else {
                composer.jamo(jamo);
            }
        }
        return composer.finish();
    }

    /**
     * The prefix-matching key of a text on the 천지인 phone keypad: keystrokes as in
     * {@link Hangul#decompose}, with every vowel spelled as its ㅣ ㆍ ㅡ strokes (ㅏ = ㅣㆍ,
     * ㅠ = ㅡㆍㆍ, ㅐ = ㅣㆍㅣ, ㅘ = ㆍㅡㅣㆍ, …). So {@code 아이으}, typed on the way to 아이유, keys to
     * a prefix of {@code cheonjiinKey("아이유")}. The in-progress strokes input methods display
     * ({@code ㆍ}, {@code ᆞ}, {@code ·}, and {@code ‥} or {@code ᆢ} for two) count as ㆍ strokes.
     * Other letters and digits are lowercased; everything else is dropped.
     *
     * <p>Consonants stay single symbols: a ㄱ shown on the way to ㅋ (two taps) is not a prefix.
     *
     * @param text any text, not null
     * @return the key; empty when the text has no letters or digits
     */
    public static String cheonjiinKey(String text) {
        Check.notNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() * 5);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c)) {
                int s = c - Hangul.SYLLABLE_FIRST;
                appendStrokes(out, Hangul.CHO[s / (Hangul.JUNG_COUNT * Hangul.JONG_COUNT)]);
                appendStrokes(out, Hangul.JUNG[(s / Hangul.JONG_COUNT) % Hangul.JUNG_COUNT]);
                if (s % Hangul.JONG_COUNT != 0) {
                    appendStrokes(out, Hangul.JONG[s % Hangul.JONG_COUNT]);
                }
            } else if (c == ARAEA || c == '\u119E' || c == '\u00B7') {
                out.append(ARAEA);
            } else if (c == '\u11A2' || c == '\u2025') {
                out.append(ARAEA).append(ARAEA);
            } else {
                char jamo = Hangul.toCompatibilityJamo(c);
                if (jamo != 0) {
                    appendStrokes(out, jamo);
                } else if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
            }
        }
        return out.toString();
    }

    private static void appendStrokes(StringBuilder out, char jamo) {
        if (Hangul.isCompatibilityVowel(jamo)) {
            out.append(STROKES[jamo - Hangul.COMPAT_FIRST_VOWEL]);
        } else {
            Hangul.appendKeystrokes(out, jamo);
        }
    }

    /** The 2-set automaton: one syllable in progress, fed one single-key jamo at a time. */
    private static final class Composer {
        private final StringBuilder out;
        private char cho; // 0 = none
        private char jung;
        private char jong;

        Composer(int capacity) {
            out = new StringBuilder(capacity);
        }

        void jamo(char j) {
            if (Hangul.isCompatibilityVowel(j)) {
                vowel(j);
            } else {
                consonant(j);
            }
        }

        private void consonant(char c) {
            if (jung == 0 || cho == 0) { // empty, a lone consonant, or a lone vowel
                flush();
                cho = c;
            } else if (jong == 0) {
                if (Hangul.JONG_INDEX[c - COMPAT_FIRST] > 0) {
                    jong = c;
                } else { // ㄸ ㅃ ㅉ never end a syllable
                    flush();
                    cho = c;
                }
            } else {
                char both = combine(jong, c);
                if (both != 0) {
                    jong = both;
                } else {
                    flush();
                    cho = c;
                }
            }
        }

        private void vowel(char v) {
            if (jong != 0) { // the final (or its second half) starts the next syllable
                char moving;
                char first = SPLIT_FIRST[jong - COMPAT_FIRST];
                if (first != 0) {
                    moving = SPLIT_SECOND[jong - COMPAT_FIRST];
                    jong = first;
                } else {
                    moving = jong;
                    jong = 0;
                }
                flush();
                cho = moving;
                jung = v;
            } else if (jung != 0) {
                char both = combine(jung, v);
                if (both != 0) {
                    jung = both;
                } else {
                    flush();
                    jung = v;
                }
            } else {
                jung = v; // after a lone consonant, or at the start
            }
        }

        void other(char c) {
            flush();
            out.append(c);
        }

        String finish() {
            flush();
            return out.toString();
        }

        private void flush() {
            if (cho != 0 && jung != 0) {
                int l = Hangul.CHO_INDEX[cho - COMPAT_FIRST];
                int v = jung - Hangul.COMPAT_FIRST_VOWEL;
                int t = jong == 0 ? 0 : Hangul.JONG_INDEX[jong - COMPAT_FIRST];
                out.append((char) (Hangul.SYLLABLE_FIRST + (l * Hangul.JUNG_COUNT + v) * Hangul.JONG_COUNT + t));
            } else if (cho != 0) {
                out.append(cho);
            } else if (jung != 0) {
                out.append(jung);
            }
            cho = 0;
            jung = 0;
            jong = 0;
        }

        /** The compound typed by {@code a} then {@code b} (ㄹ+ㄱ = ㄺ, ㅗ+ㅏ = ㅘ), or 0. */
        private static char combine(char a, char b) {
            for (int i = 0; i < SPLIT_FIRST.length; i++) {
                if (SPLIT_FIRST[i] == a && SPLIT_SECOND[i] == b) {
                    return (char) (COMPAT_FIRST + i);
                }
            }
            return 0;
        }
    }
}
