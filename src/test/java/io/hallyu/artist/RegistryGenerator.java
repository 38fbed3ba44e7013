/*
 * Regenerates src/main/resources/io/hallyu/artist/registry.jsonl from the shared kpopnet list
 * (../shared/corpus/kpop_artists.jsonl, never copied into the repo) plus the team's files beside
 * the registry: hand-added.jsonl (whole entries), overrides.jsonl (enrichment of kpopnet entries,
 * matched by kpopnet id) and common-words.txt (words that make a name need context).
 *
 * From the project root (no plugin is added to the pom; the exec plugin version is pinned here):
 *
 *   mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *       -Dexec.mainClass=io.hallyu.artist.RegistryGenerator -Dexec.classpathScope=test
 *
 * Optional arguments (-Dexec.args="CORPUS_DIR RESOURCE_DIR") default to ../shared/corpus and
 * src/main/resources/io/hallyu/artist. Then review `git diff` of registry.jsonl and commit.
 *
 * RegistryResourceTest fails when the committed file differs from what this produces.
 */
package io.hallyu.artist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds the artist registry: kpopnet entries, enriched by overrides, plus hand-added entries. */
public final class RegistryGenerator {

  static final String KPOPNET_SOURCE = "kpopnet.json 2.0.5 (CC0)";
  static final String TEAM_SOURCE = "team";
  static final List<String> FIELDS =
      List.of("canonical", "kind", "ko", "en", "realNames", "aliases", "groups",
          "contextRequired", "agency", "debut", "source");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Sort order of the file: case-insensitive, ties broken by code point, so it never depends on locale. */
  static final Comparator<String> CANONICAL_ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  private RegistryGenerator() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    Path resources = Path.of(args.length > 1 ? args[1] : "src/main/resources/io/hallyu/artist");
    List<Map<String, Object>> entries = generate(corpus.resolve("kpop_artists.jsonl"), resources);
    Files.writeString(resources.resolve("registry.jsonl"), toJsonl(entries), StandardCharsets.UTF_8);
    System.out.println("wrote " + entries.size() + " entries to " + resources.resolve("registry.jsonl"));
  }

  /** Reads kpopnet plus hand-added.jsonl, overrides.jsonl and common-words.txt from {@code resourceDir}. */
  static List<Map<String, Object>> generate(Path kpopArtists, Path resourceDir) throws IOException {
    return generate(kpopArtists, resourceDir.resolve("hand-added.jsonl"),
        resourceDir.resolve("overrides.jsonl"), resourceDir.resolve("common-words.txt"));
  }

  static List<Map<String, Object>> generate(Path kpopArtists, Path handAdded, Path overrides,
      Path commonWords) throws IOException {
    Map<String, JsonNode> overrideById = new HashMap<>();
    for (JsonNode o : readJsonl(overrides)) {
      if (overrideById.put(o.get("kpopnetId").asText(), o) != null) {
        throw new IllegalStateException("two overrides for " + o.get("kpopnetId"));
      }
    }
    Set<String> common = new HashSet<>();
    for (String line : Files.readAllLines(commonWords, StandardCharsets.UTF_8)) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        common.add(key(w));
      }
    }

    List<JsonNode> kpop = readJsonl(kpopArtists);
    List<Entry> entries = new ArrayList<>();
    Map<String, String> groupCanonical = new HashMap<>(); // kpopnet group name -> canonical
    Set<String> usedOverrides = new HashSet<>();
    // Groups first: idols refer to them by kpopnet name, which overrides may restyle.
    for (JsonNode row : kpop) {
      if (text(row, "type").equals("group")) {
        Entry e = fromKpopnet(row, overrideById.get(text(row, "id")), usedOverrides);
        groupCanonical.put(text(row, "name"), e.canonical);
        entries.add(e);
      }
    }
    for (Entry e : entries) {
      e.groups.replaceAll(g -> groupCanonical.getOrDefault(g, g));
    }
    for (JsonNode row : kpop) {
      if (text(row, "type").equals("idol")) {
        Entry e = fromKpopnet(row, overrideById.get(text(row, "id")), usedOverrides);
        e.groups.replaceAll(g -> {
          String c = groupCanonical.get(g);
          if (c == null) {
            throw new IllegalStateException(e.canonical + " lists unknown kpopnet group " + g);
          }
          return c;
        });
        entries.add(e);
      }
    }
    Set<String> unused = new HashSet<>(overrideById.keySet());
    unused.removeAll(usedOverrides);
    if (!unused.isEmpty()) {
      throw new IllegalStateException("overrides match no kpopnet id: " + unused);
    }
    for (JsonNode row : readJsonl(handAdded)) {
      entries.add(fromHandAdded(row));
    }

    Map<String, Entry> groupsByCanonical = new HashMap<>();
    for (Entry e : entries) {
      if (e.kind.equals("group") && groupsByCanonical.put(e.canonical, e) != null) {
        throw new IllegalStateException("two groups named " + e.canonical);
      }
    }
    for (Entry e : entries) {
      for (String g : e.groups) {
        if (!groupsByCanonical.containsKey(g)) {
          throw new IllegalStateException(e.canonical + " lists " + g + ", which is not a group entry");
        }
      }
    }
    disambiguate(entries, groupsByCanonical);
    for (Entry e : entries) {
      e.deriveAliases();
    }
    flagContextRequired(entries, common);

    entries.sort(Comparator.comparing((Entry e) -> e.canonical, CANONICAL_ORDER));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(e.toMap());
    }
    return out;
  }

  static String toJsonl(List<Map<String, Object>> entries) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> e : entries) {
      sb.append(JSON.writeValueAsString(e)).append('\n');
    }
    return sb.toString();
  }

  /**
   * People who share a stage name with anyone (person or group) become {@code Name (GROUP)}, using
   * their earliest-debuting group (the one they are known from), or {@code Name (solo)}.
   */
  private static void disambiguate(List<Entry> entries, Map<String, Entry> groups) {
    Map<String, List<Entry>> byKey = new HashMap<>();
    for (Entry e : entries) {
      byKey.computeIfAbsent(key(e.canonical), k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (Entry e : same) {
        if (e.kind.equals("person")) {
          e.disambiguated = true;
          e.canonical = e.canonical + " (" + primaryGroup(e, groups) + ")";
        }
      }
    }
    // Two people of one name in one group (kpopnet has two Minjis in Busters): add the real name.
    Map<String, List<Entry>> byCanonical = new HashMap<>();
    for (Entry e : entries) {
      byCanonical.computeIfAbsent(e.canonical, k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> same : byCanonical.values()) {
      if (same.size() > 1) {
        for (Entry e : same) {
          String real = e.realNames.stream().filter(r -> !hasHangul(r)).findFirst()
              .orElseThrow(() -> new IllegalStateException("cannot disambiguate " + e.canonical));
          e.canonical = e.canonical.substring(0, e.canonical.length() - 1) + ", " + real + ")";
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (Entry e : entries) {
      if (!seen.add(e.canonical)) {
        throw new IllegalStateException("canonical name still not unique: " + e.canonical);
      }
    }
  }

  /** Groups still active come first (Kim Chaewon is LE SSERAFIM's, not IZ*ONE's), then the earliest debut. */
  private static String primaryGroup(Entry person, Map<String, Entry> groups) {
    return person.groups.stream()
        .min(Comparator.comparing((String g) -> groups.get(g).disbanded)
            .thenComparing(g -> {
              String d = groups.get(g).debut;
              return d == null ? "9999" : d;
            }))
        .orElse("solo");
  }

  /**
   * A name needs context when it is a single letter or syllable, an ordinary word
   * (common-words.txt), or a name of more than one entry (then in every entry that has it).
   */
  private static void flagContextRequired(List<Entry> entries, Set<String> common) {
    Map<String, Set<Entry>> owners = new HashMap<>();
    for (Entry e : entries) {
      for (String n : e.names()) {
        owners.computeIfAbsent(key(n), k -> new HashSet<>()).add(e);
      }
    }
    for (Entry e : entries) {
      Set<String> names = new LinkedHashSet<>(e.names());
      Map<String, String> byLower = new HashMap<>();
      for (String n : names) {
        byLower.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
      }
      // Written names may differ in case from the one kept ("Twice" folds into "TWICE").
      Set<String> explicit = new LinkedHashSet<>();
      for (String n : e.contextRequired) {
        String kept = byLower.get(n.toLowerCase(Locale.ROOT));
        if (kept == null) {
          throw new IllegalStateException(e.canonical + ": contextRequired " + n + " is not one of its names");
        }
        explicit.add(kept);
      }
      e.contextRequired.clear();
      e.contextRequired.addAll(explicit);
      for (String n : names) {
        String k = key(n);
        if (isTiny(n) || common.contains(k) || owners.get(k).size() > 1) {
          e.contextRequired.add(n);
        }
      }
      // Keep the file stable: names in the order they appear in the entry.
      List<String> ordered = new ArrayList<>();
      for (String n : names) {
        if (e.contextRequired.contains(n)) {
          ordered.add(n);
        }
      }
      e.contextRequired.clear();
      e.contextRequired.addAll(ordered);
    }
  }

  private static boolean isTiny(String name) {
    String letters = name.replaceAll("[^\\p{L}\\p{N}]", "");
    if (letters.codePointCount(0, letters.length()) != 1) {
      return false;
    }
    int cp = letters.codePointAt(0);
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.HANGUL || Character.isDigit(cp);
  }

  /** What a tagger would compare: case, accents, spaces, hyphens and dots ignored. */
  static String key(String name) {
    return stripAccents(Normalizer.normalize(name, Normalizer.Form.NFKC))
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-.'’·_]", "");
  }

  static String stripAccents(String s) {
    return Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", ""),
        Normalizer.Form.NFC);
  }

  /** Latin or Hangul only: kpopnet also gives Chinese, Japanese and Thai spellings, which we drop. */
  static boolean latinOrHangul(String s) {
    boolean hasLetter = false;
    for (int cp : s.codePoints().toArray()) {
      if (Character.isLetter(cp)) {
        hasLetter = true;
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.HANGUL) {
          return false;
        }
      }
    }
    return hasLetter;
  }

  static boolean hasHangul(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
  }

  private static Entry fromKpopnet(JsonNode row, JsonNode override, Set<String> usedOverrides) {
    boolean group = text(row, "type").equals("group");
    Entry e = new Entry(group ? "group" : "person", KPOPNET_SOURCE);
    String name = text(row, "name");
    String nameKo = text(row, "name_ko");
    e.canonical = name;
    e.en = name;
    if (nameKo != null && hasHangul(nameKo) && latinOrHangul(nameKo)) {
      e.ko = nameKo;
    } else if (nameKo != null && latinOrHangul(nameKo)) {
      e.aliases.add(nameKo); // a Latin spelling kpopnet filed as Korean, e.g. "JIN"
    }
    if (!group) {
      addIfUsable(e.realNames, text(row, "real_name"));
      addIfUsable(e.realNames, text(row, "real_name_ko"));
      row.path("groups").forEach(g -> e.groups.add(g.asText()));
    } else {
      e.agency = text(row, "agency");
      e.disbanded = text(row, "disband_date") != null;
      if (text(row, "parent_group") != null) {
        e.groups.add(text(row, "parent_group")); // a sub-unit lists its parent
      }
    }
    String alias = text(row, "alias");
    if (alias != null) {
      for (String a : alias.split(",")) {
        addIfUsable(e.aliases, a);
      }
    }
    e.debut = isoDateOrNull(text(row, "debut_date"));
    if (override != null) {
      String expected = override.path("name").asText(null);
      if (!name.equals(expected)) {
        throw new IllegalStateException("override " + text(override, "kpopnetId") + " names "
            + expected + " but kpopnet says " + name);
      }
      usedOverrides.add(text(override, "kpopnetId"));
      e.apply(override);
    }
    return e;
  }

  private static Entry fromHandAdded(JsonNode row) {
    if (!TEAM_SOURCE.equals(text(row, "source"))) {
      throw new IllegalStateException("hand-added entry without source team: " + row);
    }
    String kind = text(row, "kind");
    if (!"group".equals(kind) && !"person".equals(kind)) {
      throw new IllegalStateException("bad kind in " + row);
    }
    Entry e = new Entry(kind, TEAM_SOURCE);
    e.canonical = text(row, "canonical");
    e.apply(row);
    return e;
  }

  private static void addIfUsable(List<String> list, String value) {
    if (value != null && !value.isBlank() && latinOrHangul(value.strip())) {
      list.add(value.strip());
    }
  }

  private static String isoDateOrNull(String s) {
    return s != null && ISO_DATE.matcher(s).matches() ? s : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        try {
          rows.add(JSON.readTree(line));
        } catch (IOException ex) {
          throw new UncheckedIOException(file + ": bad line " + line, ex);
        }
      }
    }
    return rows;
  }

  /** One artist while it is being built. */
  private static final class Entry {
    final String kind;
    final String source;
    String canonical;
    boolean disambiguated;
    String ko;
    String en;
    final List<String> realNames = new ArrayList<>();
    final List<String> aliases = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final Set<String> contextRequired = new LinkedHashSet<>();
    String agency;
    String debut;
    boolean disbanded; // groups only; decides which group names a person in a shared name

    Entry(String kind, String source) {
      this.kind = kind;
      this.source = source;
    }

    /** Hand-added fields or an override: scalars replace, lists extend. */
    void apply(JsonNode o) {
      if (o.hasNonNull("canonical")) {
        canonical = text(o, "canonical");
      }
      if (o.has("ko")) {
        ko = text(o, "ko");
      }
      if (o.has("en")) {
        en = text(o, "en");
      }
      if (o.has("agency")) {
        agency = text(o, "agency");
      }
      if (o.has("debut")) {
        debut = isoDateOrNull(text(o, "debut"));
        if (debut == null && text(o, "debut") != null) {
          throw new IllegalStateException(canonical + ": debut is not an ISO date");
        }
      }
      o.path("realNames").forEach(n -> realNames.add(n.asText().strip()));
      o.path("aliases").forEach(n -> aliases.add(n.asText().strip()));
      o.path("contextRequired").forEach(n -> contextRequired.add(n.asText().strip()));
      if (o.has("groups")) {
        groups.clear();
        o.path("groups").forEach(n -> groups.add(n.asText().strip()));
      }
    }

    /** Adds accent-less and hyphenated spellings, then drops repeats and blanks. */
    void deriveAliases() {
      List<String> derived = new ArrayList<>(aliases);
      List<String> latin = new ArrayList<>();
      if (en != null) {
        latin.add(en);
      }
      latin.addAll(realNames);
      latin.addAll(aliases);
      for (String n : latin) {
        String plain = stripAccents(n);
        if (!plain.equals(n) && latinOrHangul(plain)) {
          derived.add(plain);
        }
      }
      if (kind.equals("person")) {
        // Only a stage name that is the person's Korean given name ("Jisoo" for 김지수), not "Kisum".
        if (en != null && ko != null
            && realNames.stream().anyMatch(r -> r.length() == 3 && r.endsWith(ko))) {
          hyphenate(en, ko, derived);
        }
        for (String r : realNames) {
          if (!hasHangul(r)) {
            for (String h : realNames) {
              if (hasHangul(h) && h.length() == 3) {
                hyphenate(r, h, derived);
              }
            }
          }
        }
      }
      Set<String> taken = new HashSet<>();
      for (String n : new String[] {canonical, ko, en}) {
        if (n != null) {
          taken.add(n.toLowerCase(Locale.ROOT));
        }
      }
      dedupe(realNames, new HashSet<>());
      for (String r : realNames) {
        taken.add(r.toLowerCase(Locale.ROOT));
      }
      aliases.clear();
      aliases.addAll(derived);
      dedupe(aliases, taken);
      dedupe(groups, new HashSet<>());
    }

    private static void dedupe(List<String> list, Set<String> taken) {
      List<String> kept = new ArrayList<>();
      for (String s : list) {
        if (s != null && !s.isBlank() && taken.add(s.toLowerCase(Locale.ROOT))) {
          kept.add(s);
        }
      }
      list.clear();
      list.addAll(kept);
    }

    List<String> names() {
      List<String> n = new ArrayList<>();
      if (!disambiguated) {
        n.add(canonical);
      }
      if (en != null) {
        n.add(en);
      }
      if (ko != null) {
        n.add(ko);
      }
      n.addAll(realNames);
      n.addAll(aliases);
      return n;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("canonical", canonical);
      m.put("kind", kind);
      m.put("ko", ko);
      m.put("en", en);
      m.put("realNames", List.copyOf(realNames));
      m.put("aliases", List.copyOf(aliases));
      m.put("groups", List.copyOf(groups));
      m.put("contextRequired", List.copyOf(contextRequired));
      m.put("agency", agency);
      m.put("debut", debut);
      m.put("source", source);
      return m;
    }
  }

  // ---- hyphenated romanisation: "Jisoo" + 지수 -> "Ji-soo", "Kim Taehyung" + 김태형 -> "Kim Tae-hyung"

  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:kk|gg|tt|dd|pp|bb|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|c|f|z)?"
          + "(?:yae|yeo|yoo|you|wae|eui|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
          + "(?:ng|k|g|n|l|m|p|b|t|s|r)?");

  /**
   * Two-syllable given names only. The Hangul decides among the possible splits: the first part
   * ends in a consonant exactly when the first syllable has a final, and the second part starts
   * with a vowel exactly when the second syllable starts with ㅇ. Ambiguous names get nothing.
   */
  static void hyphenate(String latin, String hangul, List<String> out) {
    String prefix = "";
    String given = latin;
    String hGiven = hangul;
    if (hangul.length() == 3 && latin.indexOf(' ') > 0) {
      prefix = latin.substring(0, latin.lastIndexOf(' ') + 1);
      given = latin.substring(latin.lastIndexOf(' ') + 1);
      hGiven = hangul.substring(1);
    }
    if (hGiven.length() != 2 || !given.matches("[A-Za-z]+") || !hGiven.matches("[가-힣]{2}")) {
      return;
    }
    int first = hGiven.charAt(0) - 0xAC00;
    int second = hGiven.charAt(1) - 0xAC00;
    boolean firstHasFinal = first % 28 != 0;
    boolean secondStartsSilent = second / (21 * 28) == 11; // ㅇ
    String lower = given.toLowerCase(Locale.ROOT);
    List<Integer> splits = new ArrayList<>();
    for (int i = 1; i < lower.length(); i++) {
      String a = lower.substring(0, i);
      String b = lower.substring(i);
      boolean aEndsConsonant = "aeiouy".indexOf(a.charAt(a.length() - 1)) < 0;
      boolean bStartsVowel = "aeiouyw".indexOf(b.charAt(0)) >= 0;
      if (SYLLABLE.matcher(a).matches() && SYLLABLE.matcher(b).matches()
          && aEndsConsonant == firstHasFinal && bStartsVowel == secondStartsSilent) {
        splits.add(i);
      }
    }
    if (splits.size() == 1) {
      int i = splits.get(0);
      out.add(prefix + given.substring(0, i) + "-" + given.substring(i).toLowerCase(Locale.ROOT));
    }
  }
}
