package io.hallyu.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Latin spellings of Korean names, for suggestions that answer {@code taehyung} with 김태형.
 *
 * <p>{@link #romanize} writes Revised Romanization; {@link #romanizationKeys} adds the spellings
 * people actually type for common surnames; {@link #foldRoman} folds both the keys and the query
 * so that spelling variants ({@code taehyung}/{@code taehyeong}, {@code jisoo}/{@code jisu},
 * {@code jungkook}/{@code jeongguk}) meet. All methods are pure and thread-safe.
 */
public final class HangulRomanizer {
    private static final String[] CHO_RR =
            "g kk n d tt r m b pp s ss - j jj ch k t p h".replace("-", "").split(" ", -1);
    private static final String[] JUNG_RR =
            "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split(" ");
    /** Finals as pronounced at the end of a syllable (닭 → dak, 삶 → sam). */
    private static final String[] JONG_RR =
            "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".replace("-", "").split(" ", -1);
    private static final int RIEUL_FINAL = 8;
    private static final int RIEUL_INITIAL = 5;

    /** Common surnames and the spellings people use for them besides Revised Romanization. */
    private static final String SURNAMES = "김 kim|이 lee yi rhee|박 park pak|최 choi|정 jung jeong chung"
            + "|강 kang|조 cho jo|윤 yoon yun|장 jang chang|임 lim im|한 han|오 oh|서 seo suh|신 shin"
            + "|권 kwon|황 hwang|안 ahn|송 song|전 jeon jun chun|홍 hong|유 yoo yu|고 ko|문 moon mun"
            + "|양 yang|손 son sohn|배 bae|백 baek paik|허 heo huh|남 nam|심 shim|노 noh roh|하 ha"
            + "|곽 kwak|성 sung seong|차 cha|주 joo ju|우 woo|구 koo|민 min|류 ryu yoo|나 na|진 jin"
            + "|지 ji|엄 eom um|채 chae|원 won|천 cheon chun|방 bang|공 kong|현 hyun|변 byun|여 yeo"
            + "|추 choo|도 do|소 so|석 seok|선 sun|설 seol|마 ma|길 gil|연 yeon|표 pyo|명 myung";
    private static final Map<Character, String[]> SURNAME_SPELLINGS = new HashMap<>();

    static {
        for (String entry : SURNAMES.split("\\|")) {
            String[] words = entry.split(" ");
            String[] spellings = new String[words.length - 1];
            System.arraycopy(words, 1, spellings, 0, spellings.length);
            SURNAME_SPELLINGS.put(words[0].charAt(0), spellings);
        }
    }

    private HangulRomanizer() {}

    /**
     * Writes Hangul in Revised Romanization, lowercase, syllable by syllable as the system does for
     * personal names: {@code 태형 → taehyeong}, {@code 김 → gim}, {@code 정국 → jeongguk}. Finals
     * are written as pronounced alone ({@code 닭 → dak}); sound changes between syllables are not
     * applied, except that ㄹㄹ is {@code ll} ({@code 설리 → seolli}). Standalone jamo are written
     * as initials or vowels; other characters pass through unchanged.
     *
     * @param hangul any text, not null
     * @return the romanized text
     */
    public static String romanize(String hangul) {
        Check.notNull(hangul, "hangul");
        String text = hasConjoiningJamo(hangul) ? Normalizer.normalize(hangul, Normalizer.Form.NFC) : hangul;
        StringBuilder out = new StringBuilder(text.length() * 4);
        int previousFinal = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c)) {
                int s = c - Hangul.SYLLABLE_FIRST;
                int l = s / (Hangul.JUNG_COUNT * Hangul.JONG_COUNT);
                int t = s % Hangul.JONG_COUNT;
                out.append(l == RIEUL_INITIAL && previousFinal == RIEUL_FINAL ? "l" : CHO_RR[l])
                        .append(JUNG_RR[(s / Hangul.JONG_COUNT) % Hangul.JUNG_COUNT])
                        .append(JONG_RR[t]);
                previousFinal = t;
                continue;
            }
            previousFinal = 0;
            if (Hangul.isCompatibilityVowel(c)) {
                out.append(JUNG_RR[c - Hangul.COMPAT_FIRST_VOWEL]);
            } else if (Hangul.isCompatibilityConsonant(c)) {
                appendConsonant(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendConsonant(StringBuilder out, char jamo) {
        int at = jamo - Hangul.COMPAT_FIRST;
        if (Hangul.CHO_INDEX[at] >= 0) {
            out.append(CHO_RR[Hangul.CHO_INDEX[at]]);
        } else { // a double final such as ㄺ
            appendConsonant(out, Hangul.SPLIT_FIRST[at]);
            appendConsonant(out, Hangul.SPLIT_SECOND[at]);
        }
    }

    private static boolean hasConjoiningJamo(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x1100 && text.charAt(i) <= 0x11FF) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded spellings to index for a name, Revised Romanization first: for example
     * {@code 김태형 → [gimdaehyung, daehyung, daehyunggim]} and {@code 이지은 → [ijiun, lijiun,
     * yijiun, ...]}. For a name of two to four syllables that starts with a common surname, the
     * surname's popular spellings ({@code kim}, {@code lee}, {@code park}, …) are added; for the
     * usual three-syllable full name, the given name alone and the given name followed by the
     * surname are added too. Text that is not Hangul yields its fold ({@code IU → [iu]}).
     *
     * @param hangul a name, not null
     * @return an unmodifiable, insertion-ordered set of {@link #foldRoman folded} keys; empty when
     *     the name has no letters or digits
     */
    public static Set<String> romanizationKeys(String hangul) {
        Check.notNull(hangul, "hangul");
        Set<String> keys = new LinkedHashSet<>();
        addFolded(keys, romanize(hangul));
        String name = withoutWhitespace(hangul);
        String[] spellings = name.isEmpty() ? null : SURNAME_SPELLINGS.get(name.charAt(0));
        if (spellings != null && name.length() >= 2 && name.length() <= 4 && allSyllables(name)) {
            String surname = romanize(name.substring(0, 1));
            String given = romanize(name.substring(1));
            for (String spelling : spellings) {
                addFolded(keys, spelling + given);
            }
            if (name.length() == 3) {
                addFolded(keys, given);
                addFolded(keys, given + surname);
                for (String spelling : spellings) {
                    addFolded(keys, given + spelling);
                }
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    private static void addFolded(Set<String> keys, String spelling) {
        String folded = foldRoman(spelling);
        if (!folded.isEmpty()) {
            keys.add(folded);
        }
    }

    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean allSyllables(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Hangul.isSyllable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folds a Latin spelling of Korean so that variants meet; apply it to the query and to the keys
     * alike. It lowercases (locale-independently), strips accents ({@code ŏ → o}), drops everything
     * but ASCII letters and digits (spaces, hyphens, apostrophes), then, left to right:
     * {@code woo → u}; {@code eo}, {@code eu}, {@code oo}, {@code ou → u}; {@code ee}, {@code ie → i};
     * {@code sh → s}; drops {@code y} after {@code s}, {@code j} and {@code ch}; folds
     * {@code k → g}, {@code t → d}, {@code p → b}, {@code r → l}; and collapses a repeated letter.
     * So {@code taehyung}, {@code taehyeong} and {@code Tae-hyung} all fold to {@code daehyung},
     * and {@code jisoo}/{@code jisu}, {@code jeongyeon}/{@code jungyeon} and
     * {@code jungkook}/{@code jeongguk} meet. The fold is lossy by design (태 and 대 meet).
     *
     * <p>Folding is not prefix-stable inside a half-typed digraph ({@code je} stays {@code je}
     * while {@code jeo} folds to {@code ju}); match half-typed queries with
     * {@link #foldRomanPrefix}.
     *
     * @param text any text, not null
     * @return the folded text, only {@code [a-z0-9]}
     */
    public static String foldRoman(String text) {
        Check.notNull(text, "text");
        return fold(text, false);
    }

    /**
     * Folds a half-typed query for prefix matching against {@link #foldRoman folded} keys: like
     * {@code foldRoman}, but a trailing letter that may be the start of a folded digraph
     * ({@code e}, {@code o}, {@code w}, or {@code wo}) is dropped, so {@code taehye} folds to
     * {@code daehy}, a prefix of {@code foldRoman("taehyeong")}.
     *
     * @param query a query being typed, not null
     * @return the folded prefix, only {@code [a-z0-9]}
     */
    public static String foldRomanPrefix(String query) {
        Check.notNull(query, "query");
        return fold(query, true);
    }

    private static String fold(String text, boolean prefix) {
        char[] raw = asciiLowercase(text);
        int n = raw.length;
        StringBuilder out = new StringBuilder(n);
        int lengthBeforeLast = 0;
        int lengthBeforePrevious = 0;
        char lastSingle = 0; // the raw letter of the last step when it took one letter, else 0
        char previousSingle = 0;
        for (int i = 0; i < n; ) {
            char c = raw[i];
            char d = i + 1 < n ? raw[i + 1] : 0;
            char folded;
            int step = 2;
            if (c == 'w' && d == 'o' && i + 2 < n && raw[i + 2] == 'o') {
                folded = 'u';
                step = 3;
            } else if ((c == 'e' || c == 'o') && (d == 'o' || d == 'u')) {
                folded = 'u';
            } else if ((c == 'e' || c == 'i') && d == 'e') {
                folded = 'i';
            } else if (c == 's' && d == 'h') {
                folded = 's';
            } else {
                step = 1;
                folded = foldConsonant(c);
                if (c == 'y' && followsPalatal(out)) {
                    folded = 0;
                }
            }
            previousSingle = lastSingle;
            lastSingle = step == 1 ? c : 0;
            lengthBeforePrevious = lengthBeforeLast;
            lengthBeforeLast = out.length();
            if (folded != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != folded)) {
                out.append(folded);
            }
            i += step;
        }
        if (prefix && (lastSingle == 'e' || lastSingle == 'o' || lastSingle == 'w')) {
            out.setLength(lastSingle == 'o' && previousSingle == 'w' ? lengthBeforePrevious : lengthBeforeLast);
        }
        return out.toString();
    }

    private static char foldConsonant(char c) {
        return switch (c) {
            case 'k' -> 'g';
            case 't' -> 'd';
            case 'p' -> 'b';
            case 'r' -> 'l';
            default -> c;
        };
    }

    /** After s, j and ch a y glide is not heard, so 슈 is written syu, shu and su. */
    private static boolean followsPalatal(StringBuilder out) {
        int n = out.length();
        if (n == 0) {
            return false;
        }
        char last = out.charAt(n - 1);
        return last == 's' || last == 'j' || (last == 'h' && n >= 2 && out.charAt(n - 2) == 'c');
    }

    /** Lowercase ASCII letters and digits of the text, accents stripped, all else dropped. */
    private static char[] asciiLowercase(String text) {
        StringBuilder out = null;
        char[] ascii = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c == 'ı') { // dotless i, what a Turkish default locale makes of I
                c = 'i';
            } else if (c >= 0x80 && Character.isLetter(c)) {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.setLength(0);
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int j = 0; j < base.length(); j++) {
                    char b = Character.toLowerCase(base.charAt(j));
                    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                        out.append(b);
                    }
                }
                if (out.length() > 0) {
                    ascii = ensure(ascii, n + out.length() + text.length() - i - 1);
                    for (int j = 0; j < out.length(); j++) {
                        ascii[n++] = out.charAt(j);
                    }
                }
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                ascii[n++] = c;
            }
        }
        return n == ascii.length ? ascii : Arrays.copyOf(ascii, n);
    }

    private static char[] ensure(char[] buffer, int size) {
        return size <= buffer.length ? buffer : Arrays.copyOf(buffer, size + 8);
    }
}
