package io.hallyu.suggest;

import io.hallyu.artist.Artist;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.analysis.HangulKeyboard;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Suggests artists for a query being typed, following how Korean and English are actually typed.
 * Built once from the registry; immutable and thread-safe.
 *
 * <p>Every name of every artist (canonical, English, Korean, real names, aliases) is keyed four
 * ways, each key in its own {@link KeyTable}, and also from each inner word start (an infix
 * match: {@code boys} in {@code Bangtan Boys}):
 * <ul>
 *   <li><b>2-set keystrokes</b> ({@link HangulKeyboard#keystrokeKey}): Hangul as the Latin keys
 *       that type it, Latin lowercased. A half-typed last syllable ({@code 아이ㅇ}, {@code 아잉},
 *       {@code 뉴지}) keys to a prefix of the name's key; so does Hangul typed with the English
 *       layout on ({@code dkdldb → 아이유}) and Latin typed with the Korean layout on
 *       ({@code ㅠㅅㄴ → BTS}), since both sides meet in the same key space.
 *   <li><b>천지인 strokes</b> for Hangul names: {@code 아이으} is on the way to {@code 아이유}.
 *   <li><b>Initials</b> (초성) for Hangul names: {@code ㅂㅌㅅㄴㄷ → 방탄소년단}.
 *   <li><b>Romanizations</b>, folded ({@code HangulRomanizer}): {@code taehyeong}, {@code kim tae}
 *       → 김태형; Latin names are folded too, so spelling variants of them meet.
 * </ul>
 *
 * <p>Ranking, one suggestion per artist: the tier of the best match first — exact, then prefix,
 * then infix, where a match through a converted key (the other keyboard layout or a romanization
 * fold) counts one step weaker than a literal one (a converted exact match ranks with literal
 * prefixes: {@code go} suggests GOT7 before the name 해 typed in the wrong layout) — then
 * popularity (indexed articles), then the shorter matched name, then the canonical name. The
 * suggestion shows the matched name, preferring one in the script the user typed.
 */
public final class ArtistSuggester {
  static final int EXACT = 0;
  static final int PREFIX = 1;
  static final int CONVERTED_PREFIX = 2;
  static final int INFIX = 3;
  static final int CONVERTED_INFIX = 4;
  /** One consonant is a half-typed syllable far more often than an initials query. */
  static final int MIN_INITIALS = 2;
  /** Shorter folds ({@code ne} for {@code new}) match too much to be worth a lookup. */
  static final int MIN_ROMANIZATION = 2;

  /** Article counts above this rank alike (24 bits of the packed rank). */
  private static final long MAX_PACKED_COUNT = (1L << 24) - 1;
  private static final long ARTIST_MASK = (1L << 20) - 1;

  private final Artist[] artists;
  private final String[] details;
  private final String[] names;
  private final int[] nameArtist;
  private final boolean[] nameHangul;
  private final KeyTable keystrokes;
  private final KeyTable cheonjiin;
  private final KeyTable initials;
  private final KeyTable romanized;

  public ArtistSuggester(ArtistRegistry registry) {
    // Sorted, because the registry's iteration order changes from run to run and the index of
    // an artist is the last tie-break of the ranking.
    this.artists = registry.artists().stream().sorted(Comparator.comparing(Artist::canonical))
        .toArray(Artist[]::new);
    if (artists.length > ARTIST_MASK) {
      throw new IllegalArgumentException("at most " + ARTIST_MASK + " artists (got " + artists.length + ")");
    }
    this.details = Arrays.stream(artists).map(ArtistSuggester::detail).toArray(String[]::new);
    List<String> allNames = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int a = 0; a < artists.length; a++) {
      for (String name : artists[a].names()) {
        allNames.add(name);
        owners.add(a);
      }
    }
    this.names = allNames.toArray(String[]::new);
    this.nameArtist = owners.stream().mapToInt(Integer::intValue).toArray();
    this.nameHangul = new boolean[names.length];
    KeyTable.Builder keystrokes = new KeyTable.Builder();
    KeyTable.Builder cheonjiin = new KeyTable.Builder();
    KeyTable.Builder initials = new KeyTable.Builder();
    KeyTable.Builder romanized = new KeyTable.Builder();
    for (int id = 0; id < names.length; id++) {
      String name = NameKeys.fold(Normalizer.normalize(names[id], Normalizer.Form.NFC));
      boolean hangul = NameKeys.hasHangul(name);
      nameHangul[id] = hangul;
      int whole = id << 1;
      int inner = whole | 1;
      keystrokes.add(NameKeys.keystroke(name), whole);
      NameKeys.romanizations(name).forEach(k -> romanized.add(k, whole));
      if (hangul) {
        cheonjiin.add(NameKeys.cheonjiin(name), whole);
        initials.add(NameKeys.initials(name), whole);
      }
      for (int start : NameKeys.innerWordStarts(name)) {
        String word = name.substring(start);
        keystrokes.add(NameKeys.keystroke(word), inner);
        romanized.add(NameKeys.romanizedWord(word), inner);
        if (hangul) {
          cheonjiin.add(NameKeys.cheonjiin(word), inner);
        }
      }
    }
    KeyTable.PayloadOrder order = new PayloadOrder();
    this.keystrokes = keystrokes.build(order);
    this.cheonjiin = cheonjiin.build(order);
    this.initials = initials.build(order);
    this.romanized = romanized.build(order);
  }

  /** Artists the suggester knows. */
  public int artistCount() {
    return artists.length;
  }

  /** Keys in all tables, after duplicates are dropped. */
  public int keyCount() {
    return keystrokes.size() + cheonjiin.size() + initials.size() + romanized.size();
  }

  /**
   * Up to {@code size} artists for a query being typed, best first.
   *
   * @param articleCount indexed articles per canonical name (the popularity); 0 when unknown
   */
  public List<Suggestion> suggest(String query, int size, ToIntFunction<String> articleCount) {
    String q = NameKeys.fold(Normalizer.normalize(query.strip(), Normalizer.Form.NFC));
    if (q.isEmpty() || size <= 0) {
      return List.of();
    }
    boolean hangul = NameKeys.hasHangul(q);
    Matches matches = new Matches(hangul);
    String keys = NameKeys.keystroke(q);
    lookup(keystrokes, keys, matches, Fidelity.SAME_SCRIPT);
    if (hangul) {
      lookup(cheonjiin, NameKeys.cheonjiin(q), matches, Fidelity.LITERAL);
      String initialsQuery = NameKeys.initialsQuery(q);
      if (initialsQuery.length() >= MIN_INITIALS) {
        lookup(initials, initialsQuery, matches, Fidelity.LITERAL);
      }
    } else {
      if (NameKeys.hasShiftedJamoKey(q)) { // Shift meant a tense consonant: Rk is 까
        String shifted = NameKeys.keystroke(HangulKeyboard.fromQwertyKeys(q));
        if (!shifted.equals(keys)) {
          lookup(keystrokes, shifted, matches, Fidelity.CONVERTED);
        }
      }
      String roman = NameKeys.romanizationQuery(q);
      if (roman.length() >= MIN_ROMANIZATION) {
        lookup(romanized, roman, matches, Fidelity.CONVERTED);
      }
    }
    return matches.top(size, articleCount);
  }

  private enum Fidelity { LITERAL, CONVERTED, SAME_SCRIPT }

  private void lookup(KeyTable table, String key, Matches matches, Fidelity fidelity) {
    if (key.isEmpty()) {
      return;
    }
    int length = key.length();
    table.forEachWithPrefix(key, (found, payload) -> {
      int name = payload >>> 1;
      boolean inner = (payload & 1) == 1;
      boolean literal = switch (fidelity) {
        case LITERAL -> true;
        case CONVERTED -> false;
        case SAME_SCRIPT -> nameHangul[name] == matches.hangulQuery;
      };
      boolean exact = !inner && found.length() == length;
      int tier = inner ? (literal ? INFIX : CONVERTED_INFIX)
          : exact ? (literal ? EXACT : PREFIX)
          : (literal ? PREFIX : CONVERTED_PREFIX);
      matches.offer(name, tier, exact);
    });
  }

  /** The best match per artist so far, encoded so that a smaller code is a better match. */
  private final class Matches {
    final boolean hangulQuery;
    final long[] best = new long[artists.length];
    int[] touched = new int[16];
    int count;

    Matches(boolean hangulQuery) {
      this.hangulQuery = hangulQuery;
    }

    /**
     * Within a tier, the name shown is the one typed in full (ㅠㅅㄴ shows BTS, not the alias
     * "BTS (방탄소년단)"), then one in the typed script, then the shortest.
     */
    void offer(int name, int tier, boolean exact) {
      long code = ((long) tier << 56) | ((exact ? 0L : 1L) << 55)
          | ((nameHangul[name] == hangulQuery ? 0L : 1L) << 54)
          | ((long) Math.min(names[name].length(), 0xFFFF) << 32) | name;
      int artist = nameArtist[name];
      long current = best[artist];
      if (current == 0) {
        if (count == touched.length) {
          touched = Arrays.copyOf(touched, count * 2);
        }
        touched[count++] = artist;
        best[artist] = code + 1; // +1 keeps 0 for "no match yet"
      } else if (code + 1 < current) {
        best[artist] = code + 1;
      }
    }

    /**
     * The best {@code size} artists. Each is ranked by one packed long (tier, more articles,
     * shorter name, canonical name) kept in a small sorted array, so a one-letter query with
     * thousands of matches costs one pass, not a sort.
     */
    List<Suggestion> top(int size, ToIntFunction<String> articleCount) {
      long[] ranked = new long[Math.min(size, count)];
      int n = 0;
      for (int i = 0; i < count; i++) {
        int artist = touched[i];
        long code = best[artist] - 1;
        long articles = Math.min(articleCount.applyAsInt(artists[artist].canonical()), MAX_PACKED_COUNT);
        long rank = ((code >>> 56) << 60) | ((MAX_PACKED_COUNT - articles) << 36)
            | (((code >>> 32) & 0xFFFF) << 20) | artist;
        if (n == ranked.length && rank >= ranked[n - 1]) {
          continue;
        }
        int at = n == ranked.length ? n - 1 : n++;
        while (at > 0 && ranked[at - 1] > rank) {
          ranked[at] = ranked[at - 1];
          at--;
        }
        ranked[at] = rank;
      }
      List<Suggestion> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int artist = (int) (ranked[i] & ARTIST_MASK);
        String text = names[(int) ((best[artist] - 1) & 0xFFFFFFFFL)];
        out.add(Suggestion.artist(text, artists[artist].canonical(), details[artist]));
      }
      return out;
    }
  }

  /** {@code IU (아이유) · solo}, {@code V (뷔) · BTS}, {@code BTS (방탄소년단) · group}. */
  static String detail(Artist a) {
    String en = a.en();
    // "Jisoo (BLACKPINK)" is a canonical name made unique; its group shows after the dot anyway.
    String name = en != null && a.canonical().startsWith(en + " (") ? en : a.canonical();
    String label = a.ko() == null || a.ko().equals(name) ? name : name + " (" + a.ko() + ")";
    String role = a.isGroup() ? "group" : a.groups().isEmpty() ? "solo" : String.join(", ", a.groups());
    return label + " · " + role;
  }

  /**
   * Under one key: by artist, whole names before inner words, Latin before Hangul names (a
   * romanized key then shows its Latin spelling), shorter first; later entries of the same
   * artist add nothing and are dropped.
   */
  private final class PayloadOrder implements KeyTable.PayloadOrder {
    @Override
    public int compare(int a, int b) {
      int na = a >>> 1;
      int nb = b >>> 1;
      int c = Integer.compare(nameArtist[na], nameArtist[nb]);
      if (c == 0) {
        c = Integer.compare(a & 1, b & 1);
      }
      if (c == 0) {
        c = Boolean.compare(nameHangul[na], nameHangul[nb]);
      }
      if (c == 0) {
        c = Integer.compare(names[na].length(), names[nb].length());
      }
      return c != 0 ? c : Integer.compare(na, nb);
    }

    @Override
    public boolean redundant(int earlier, int later) {
      return nameArtist[earlier >>> 1] == nameArtist[later >>> 1];
    }
  }
}
