package io.hallyu.artist;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises artists in Korean and English text. Names are matched over one to four words with
 * spacing and punctuation ignored ({@code Kim Tae-hyung} = {@code Kim Taehyung}); a Korean word
 * may carry a particle ({@code 아이유의}, {@code 뉴진스가}). Names that need context (short or
 * ordinary words such as {@code V}, {@code Rain}, {@code 진}) count only beside their group
 * ({@code BTS's V}, {@code 방탄소년단 뷔}, {@code V of BTS}); names of three or more letters also
 * count when the group is named elsewhere in the same text and they are written as a name.
 */
public final class ArtistTagger {
  private static final int MAX_WORDS = 4;
  /** Words that may stand between a group and its member: {@code BTS member V}, {@code BTS's V}. */
  private static final Set<String> FILLERS = Set.of("s", "member", "members", "of", "the",
      "singer", "leader", "rapper", "vocalist", "maknae", "멤버", "리더", "출신", "소속");
  /** Words that announce a person's name: {@code singer Rain}, {@code 가수 비}. */
  private static final Set<String> PERSON_CUES = Set.of("singer", "rapper", "soloist", "idol",
      "star", "가수", "래퍼", "솔로", "아이돌", "스타");
  /** Korean particles and endings that may follow a name, longest first. */
  private static final String[] PARTICLES = {"에게서", "으로서", "이라는", "이었다", "께서", "에게",
      "에서", "까지", "부터", "처럼", "보다", "이랑", "한테", "으로", "라는", "이다", "였다", "와의",
      "과의", "에는", "에도", "로서", "만의", "이가", "이는", "이의", "이와", "이", "가", "은", "는",
      "을", "를", "의", "에", "와", "과", "도", "만", "로", "랑", "측", "씨"};
  private static final int LONGEST_PARTICLE = PARTICLES[0].length();

  private final ArtistRegistry registry;
  private final KeyTrie trie;
  /** For each artist (by canonical name), the keys of the names it writes without capitals. */
  private final Map<String, Set<String>> lowerCaseKeys;

  public ArtistTagger(ArtistRegistry registry) {
    this.registry = registry;
    this.trie = registry.keyTrie();
    Map<String, Set<String>> lowerCase = new HashMap<>();
    for (Artist a : registry.artists()) {
      for (String name : a.names()) {
        if (!hasUpperCase(name)) {
          lowerCase.computeIfAbsent(a.canonical(), c -> new HashSet<>()).add(NameKey.of(name));
        }
      }
    }
    lowerCase.replaceAll((canonical, keys) -> Set.copyOf(keys));
    this.lowerCaseKeys = Map.copyOf(lowerCase);
  }

  /** A word of the text: a run of Hangul, or a run of other letters and digits. */
  record Word(String text, String key, boolean hangul) {}

  /**
   * The words of one text, with the name keys of each run of words found once: the group scan and
   * the name matching ask for the same runs. Each run is followed through the registry's key trie
   * from where the run one word shorter stopped, so a run no name begins costs a few array reads
   * and builds no string.
   */
  private final class Text extends AbstractList<Word> {
    private static final int UNKNOWN = -2;
    private final List<Word> words;
    private final List<String>[] memo;
    /** The trie node each run of the memo leads to, {@code NONE} off the trie, or not yet known. */
    private final int[] nodes;

    @SuppressWarnings("unchecked")
    Text(List<Word> words) {
      this.words = words;
      this.memo = new List[words.size() * MAX_WORDS];
      this.nodes = new int[memo.length];
      Arrays.fill(nodes, UNKNOWN);
    }

    @Override
    public Word get(int i) {
      return words.get(i);
    }

    @Override
    public int size() {
      return words.size();
    }

    /**
     * The name keys among the keys of words {@code i..i+n-1}: their keys joined, then the joined
     * key without each Korean particle it may end with ({@link #withoutParticles}). Keys no artist
     * goes by are left out: nobody could look them up. A run whose first {@code n-1} words begin
     * no name key has none, since every key of it would start with them. The hot loops index the
     * list: nearly every run has no keys, and an iterator was allocated for each all the same.
     */
    List<String> keys(int i, int n) {
      if (n > MAX_WORDS) {
        return find(i, n);
      }
      int slot = i * MAX_WORDS + n - 1;
      List<String> k = memo[slot];
      if (k == null) {
        k = find(i, n);
        memo[slot] = k;
      }
      return k;
    }

    private List<String> find(int i, int n) {
      int start = node(i, n - 1);
      if (n > 1 && (start == KeyTrie.ROOT || start == KeyTrie.NONE)) {
        return List.of(); // no letters, or off the trie: no key begins with the first n-1 words
      }
      Word last = words.get(i + n - 1);
      String key = last.key();
      int node = start;
      int walked = 0;
      for (int next; walked < key.length()
          && (next = trie.child(node, key.charAt(walked))) != KeyTrie.NONE; walked++) {
        node = next;
      }
      boolean whole = walked == key.length();
      if (n <= MAX_WORDS) {
        nodes[i * MAX_WORDS + n - 1] = whole ? node : KeyTrie.NONE;
      }
      // Keys a particle may follow: the one d chars short of the run's end is on the walk's
      // path, up from where it stopped, if the walk got that far.
      String[] stems = null; // stems[d]: the key d chars short of the run's end
      if (last.hangul() && key.length() > 1) {
        for (int d = 1; d <= LONGEST_PARTICLE; d++) {
          int up = walked + d - key.length();
          String stem = up < 0 ? null : trie.key(trie.up(node, up));
          if (stem != null) {
            if (stems == null) {
              stems = new String[LONGEST_PARTICLE + 1];
            }
            stems[d] = stem;
          }
        }
      }
      String joinedKey = whole ? trie.key(node) : null;
      if (stems == null) {
        return joinedKey == null ? List.of() : List.of(joinedKey);
      }
      List<String> keys = new ArrayList<>(3);
      if (joinedKey != null) {
        keys.add(joinedKey);
      }
      String joined = joined(i, n);
      for (String stem : withoutParticles(joined)) {
        String k = stems[joined.length() - stem.length()];
        if (k != null) {
          keys.add(k);
        }
      }
      return keys;
    }

    /** The trie node the keys of words {@code i..i+n-1} lead to, or {@code NONE}. */
    private int node(int i, int n) {
      if (n == 0) {
        return KeyTrie.ROOT;
      }
      if (n > MAX_WORDS) {
        return trie.walk(node(i, n - 1), words.get(i + n - 1).key());
      }
      int slot = i * MAX_WORDS + n - 1;
      if (nodes[slot] == UNKNOWN) {
        nodes[slot] = trie.walk(node(i, n - 1), words.get(i + n - 1).key());
      }
      return nodes[slot];
    }

    private String joined(int i, int n) {
      StringBuilder sb = new StringBuilder();
      for (int k = i; k < i + n; k++) {
        sb.append(words.get(k).key());
      }
      return sb.toString();
    }
  }

  /** The canonical names of the artists {@code text} mentions, in order of first mention. */
  public List<String> tag(String text) {
    Text words = new Text(words(text));
    Set<String> groupsInText = unambiguousGroups(words);
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); ) {
      int used = matchAt(words, i, groupsInText, found);
      i += Math.max(used, 1);
    }
    return new ArrayList<>(found);
  }

  /**
   * Record-given names resolved through the registry, then the names found in the text. A given
   * name several artists share ({@code Jin}) resolves to the one the text mentions.
   */
  public List<String> merge(List<String> given, String... texts) {
    Set<String> tagged = new LinkedHashSet<>();
    for (String t : texts) {
      if (t != null) {
        tagged.addAll(tag(t));
      }
    }
    Set<String> all = new LinkedHashSet<>();
    for (String g : given) {
      if (!g.isBlank()) {
        all.add(resolve(g, tagged));
      }
    }
    all.addAll(tagged);
    return new ArrayList<>(all);
  }

  private String resolve(String name, Set<String> tagged) {
    String resolved = registry.resolve(name);
    if (registry.byCanonical(resolved) != null) {
      return resolved;
    }
    List<String> mentioned = registry.lookup(name).stream().map(Artist::canonical)
        .filter(tagged::contains).toList();
    return mentioned.size() == 1 ? mentioned.get(0) : resolved;
  }

  /** Tries the longest name starting at word {@code i}; returns how many words it used. */
  private int matchAt(Text words, int i, Set<String> groupsInText, Set<String> found) {
    for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
      List<String> keys = words.keys(i, n);
      for (int k = 0; k < keys.size(); k++) {
        String key = keys.get(k);
        List<Artist> candidates = registry.lookupKey(key);
        boolean any = false;
        for (Artist a : candidates) {
          if (accepted(a, key, words, i, n, groupsInText)) {
            found.add(a.canonical());
            any = true;
          }
        }
        if (any) {
          return n;
        }
      }
    }
    return 1;
  }

  private boolean accepted(Artist a, String key, Text words, int i, int n,
      Set<String> groupsInText) {
    Word first = words.get(i);
    if (!first.hangul() && isLowerCase(words, i, n) && !hasLowerCaseName(a, key)) {
      return false; // "stray kids" is not Stray Kids; "aespa" and "f(x)" write themselves so
    }
    if (!registry.needsContext(a, key)) {
      return true;
    }
    if (!first.hangul() && !Character.isUpperCase(first.text().codePointAt(0))) {
      return false; // a Latin name that needs context must at least be written as a name
    }
    if (n == 1 && isExactCapitals(first.text(), a) && key.length() >= 3) {
      return true; // "TWICE", "IVE" written as the group writes itself
    }
    if (!a.isGroup() && i > 0 && PERSON_CUES.contains(words.get(i - 1).key())
        && registry.lookupKey(key).size() == 1) {
      return true; // "singer Rain"; but 솔로 김지연 could be Kei or Bona: a cue cannot choose
    }
    if (a.isGroup()) {
      return memberBeside(words, i, n, a); // 위너 이승훈: the member is the group's context
    }
    if (a.groups().isEmpty()) {
      return false;
    }
    if (groupBefore(words, i, a) || groupAfter(words, i + n, a)) {
      return true;
    }
    boolean named = words.get(i).hangul() ? key.length() >= 2
        : key.length() >= 3 && Character.isUpperCase(words.get(i).text().charAt(0));
    return named && a.groups().stream().anyMatch(groupsInText::contains);
  }

  /** Written in capital letters, exactly as one of the artist's names: Hangul has no capitals. */
  private static boolean isExactCapitals(String text, Artist a) {
    if (!text.equals(text.toUpperCase(java.util.Locale.ROOT)) || !hasUpperCase(text)) {
      return false;
    }
    return a.names().stream().anyMatch(text::equals);
  }

  private static boolean isLowerCase(List<Word> words, int i, int n) {
    for (int k = i; k < i + n; k++) {
      if (hasUpperCase(words.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a} goes by a name with this key written without capitals: aespa, f(x). */
  private boolean hasLowerCaseName(Artist a, String key) {
    return lowerCaseKeys.getOrDefault(a.canonical(), Set.of()).contains(key);
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name of two or more letters of one of {@code group}'s members touches words {@code i..i+n-1}. */
  private boolean memberBeside(Text words, int i, int n, Artist group) {
    for (int len = 1; len <= MAX_WORDS; len++) {
      if (i + n + len <= words.size() && namesMemberOf(words.keys(i + n, len), group)) {
        return true;
      }
      if (i - len >= 0 && namesMemberOf(words.keys(i - len, len), group)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesMemberOf(List<String> keys, Artist group) {
    for (String key : keys) {
      if (key.length() < 2) {
        continue;
      }
      for (Artist m : registry.lookupKey(key)) {
        if (m.groups().contains(group.canonical())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of {@code a}'s groups ends right before word {@code i}, fillers skipped. */
  private boolean groupBefore(Text words, int i, Artist a) {
    int end = i - 1;
    while (end >= 0 && i - end <= 3 && FILLERS.contains(words.get(end).key())) {
      end--;
    }
    for (int n = 1; n <= MAX_WORDS && end - n + 1 >= 0; n++) {
      for (String key : words.keys(end - n + 1, n)) {
        if (namesGroupOf(key, a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of {@code a}'s groups starts at word {@code start}, fillers skipped. */
  private boolean groupAfter(Text words, int start, Artist a) {
    while (start < words.size() && FILLERS.contains(words.get(start).key())) {
      start++;
    }
    for (int n = 1; n <= MAX_WORDS && start + n <= words.size(); n++) {
      for (String key : words.keys(start, n)) {
        if (namesGroupOf(key, a)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code key}, right beside {@code member}, names one of its groups. A group name that
   * needs context itself (위너 is also "winner") still counts when two letters or more long: the
   * pair of group and member is the context for both.
   */
  private boolean namesGroupOf(String key, Artist member) {
    for (Artist g : registry.lookupKey(key)) {
      if (g.isGroup() && member.groups().contains(g.canonical())
          && (!registry.needsContext(g, key) || key.length() >= 2)) {
        return true;
      }
    }
    return false;
  }

  /** Groups named in the text without needing context themselves. */
  private Set<String> unambiguousGroups(Text words) {
    Set<String> groups = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
        List<String> keys = words.keys(i, n);
        for (int k = 0; k < keys.size(); k++) {
          String key = keys.get(k);
          for (Artist a : registry.lookupKey(key)) {
            if (a.isGroup() && !registry.needsContext(a, key)) {
              groups.add(a.canonical());
            }
          }
        }
      }
    }
    return groups;
  }

  /**
   * {@code key} without each Korean particle it may end with ({@code 아이유의} → {@code 아이유}),
   * where the particle fits the syllable before it: 이, 은, 을, 과 follow a final consonant, 가,
   * 는, 를, 와 a vowel, so {@code 비아이} is not {@code 비아} + 이.
   */
  public static List<String> withoutParticles(String key) {
    List<String> out = new ArrayList<>(2);
    for (String p : PARTICLES) {
      if (key.length() > p.length() && key.endsWith(p)) {
        String stem = key.substring(0, key.length() - p.length());
        if (fits(stem.charAt(stem.length() - 1), p)) {
          out.add(stem);
        }
      }
    }
    return out;
  }

  /** Particles written only after a final consonant, and only after a vowel. */
  private static final Set<String> AFTER_CONSONANT = Set.of("이", "은", "을", "과", "으로", "이랑",
      "이라는", "이었다", "이다", "으로서", "이가", "이는", "이의", "이와", "과의");
  private static final Set<String> AFTER_VOWEL = Set.of("가", "는", "를", "와", "라는", "랑",
      "였다", "와의");

  private static boolean fits(char last, String particle) {
    if (last < 0xAC00 || last > 0xD7A3) {
      return true; // not a syllable (a digit, say): no rule to apply
    }
    int jong = (last - 0xAC00) % 28;
    if (AFTER_CONSONANT.contains(particle)) {
      return jong != 0;
    }
    if (AFTER_VOWEL.contains(particle)) {
      return jong == 0;
    }
    if (particle.equals("로") || particle.equals("로서")) {
      return jong == 0 || jong == 8; // after a vowel or ㄹ
    }
    return true;
  }

  /** Splits text into words: Hangul runs and runs of other letters or digits. */
  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int start = -1;
    boolean hangul = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = Character.isLetterOrDigit(c) || (start >= 0 && isAccent(c));
      boolean h = letter && isHangul(c);
      if (start >= 0 && (!letter || h != hangul)) {
        String w = text.substring(start, i);
        words.add(new Word(w, NameKey.of(w), hangul));
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
        hangul = h;
      }
    }
    return words;
  }

  private static boolean isAccent(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isHangul(char c) {
    if (c < 0x1100) {
      return false; // Hangul begins with the jamo at U+1100
    }
    return NameKey.isSyllable(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }
}
