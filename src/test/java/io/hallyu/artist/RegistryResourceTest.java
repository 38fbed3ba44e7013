package io.hallyu.artist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed registry is what the generator makes, and it keeps its promises to the tagger. */
class RegistryResourceTest {

  private static final Path RESOURCES = Path.of("src/main/resources/io/hallyu/artist");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<JsonNode> entries;

  @BeforeAll
  static void load() throws IOException {
    entries = new ArrayList<>();
    for (String line : Files.readAllLines(RESOURCES.resolve("registry.jsonl"), StandardCharsets.UTF_8)) {
      entries.add(JSON.readTree(line));
    }
  }

  @Test
  void regenerating_from_the_shared_corpus_gives_the_committed_file() throws IOException {
    String dir = System.getenv("HALLYU_CORPUS_DIR");
    Path kpop = Path.of(dir == null ? "../shared/corpus" : dir, "kpop_artists.jsonl");
    if (!Files.isRegularFile(kpop)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("missing " + kpop + " (CI=true)");
      }
      Assumptions.abort("no " + kpop + "; skipping regeneration check");
    }
    String expected = RegistryGenerator.toJsonl(RegistryGenerator.generate(kpop, RESOURCES));
    String committed = Files.readString(RESOURCES.resolve("registry.jsonl"), StandardCharsets.UTF_8);
    assertEquals(expected, committed, "registry.jsonl is stale: rerun RegistryGenerator");
  }

  @Test
  void every_line_has_exactly_the_documented_fields_in_order() {
    for (JsonNode e : entries) {
      List<String> fields = new ArrayList<>();
      e.fieldNames().forEachRemaining(fields::add);
      assertEquals(RegistryGenerator.FIELDS, fields, e.toString());
      assertTrue(Set.of("group", "person").contains(e.get("kind").asText()), e.toString());
    }
  }

  @Test
  void lines_are_sorted_by_canonical_name() {
    for (int i = 1; i < entries.size(); i++) {
      String a = entries.get(i - 1).get("canonical").asText();
      String b = entries.get(i).get("canonical").asText();
      assertTrue(RegistryGenerator.CANONICAL_ORDER.compare(a, b) < 0, a + " before " + b);
    }
  }

  @Test
  void canonical_names_are_unique() {
    Set<String> seen = new HashSet<>();
    for (JsonNode e : entries) {
      assertTrue(seen.add(e.get("canonical").asText()), "duplicate " + e.get("canonical"));
    }
  }

  @Test
  void every_listed_group_is_a_group_entry() {
    Set<String> groups = new HashSet<>();
    for (JsonNode e : entries) {
      if (e.get("kind").asText().equals("group")) {
        groups.add(e.get("canonical").asText());
      }
    }
    for (JsonNode e : entries) {
      for (JsonNode g : e.get("groups")) {
        assertTrue(groups.contains(g.asText()), e.get("canonical") + " lists " + g);
      }
    }
  }

  @Test
  void bts_has_its_seven_members() {
    List<String> members = new ArrayList<>();
    for (JsonNode e : entries) {
      if (e.get("kind").asText().equals("person") && strings(e.get("groups")).contains("BTS")) {
        members.add(e.get("en").asText());
      }
    }
    assertEquals(Set.of("RM", "Jin", "Suga", "J-Hope", "Jimin", "V", "Jungkook"), Set.copyOf(members));
    assertEquals(7, members.size());
  }

  @Test
  void v_is_kim_taehyung_in_both_scripts_and_needs_context() {
    JsonNode v = byCanonical("V");
    assertTrue(strings(v.get("realNames")).containsAll(List.of("Kim Taehyung", "김태형")));
    assertTrue(strings(v.get("contextRequired")).containsAll(List.of("V", "뷔")));
    assertEquals(List.of("BTS"), strings(v.get("groups")));
  }

  @Test
  void distinctive_names_do_not_need_context() {
    assertFalse(strings(byCanonical("IU").get("contextRequired")).contains("IU"));
    assertFalse(strings(byCanonical("BTS").get("contextRequired")).contains("BTS"));
    assertFalse(strings(byCanonical("Jungkook").get("contextRequired")).contains("Jungkook"));
    assertFalse(strings(byCanonical("NewJeans").get("contextRequired")).contains("뉴진스"));
  }

  @Test
  void at_least_a_hundred_entries_come_from_the_team() {
    long team = entries.stream().filter(e -> e.get("source").asText().equals("team")).count();
    assertTrue(team >= 100, "team entries: " + team);
    for (JsonNode e : entries) {
      assertTrue(Set.of("team", RegistryGenerator.KPOPNET_SOURCE).contains(e.get("source").asText()));
    }
  }

  /** A name two artists share can only be tagged with context, so both entries must say so. */
  @Test
  void every_shared_name_is_context_required_in_each_entry_that_has_it() {
    Map<String, List<JsonNode>> owners = new HashMap<>();
    for (JsonNode e : entries) {
      for (String n : names(e)) {
        owners.computeIfAbsent(RegistryGenerator.key(n), k -> new ArrayList<>()).add(e);
      }
    }
    for (JsonNode e : entries) {
      List<String> ctx = strings(e.get("contextRequired"));
      for (String n : names(e)) {
        Set<JsonNode> distinct = Set.copyOf(owners.get(RegistryGenerator.key(n)));
        if (distinct.size() > 1) {
          assertTrue(ctx.contains(n), e.get("canonical") + ": shared name " + n + " not context-required");
        }
      }
    }
  }

  @Test
  void no_empty_strings_and_no_repeated_names_within_an_entry() {
    for (JsonNode e : entries) {
      for (String f : List.of("canonical", "ko", "en", "agency", "debut")) {
        JsonNode v = e.get(f);
        assertTrue(v.isNull() || !v.asText().isBlank(), e.get("canonical") + "." + f);
      }
      assertFalse(e.get("canonical").isNull());
      for (String f : List.of("realNames", "aliases", "groups", "contextRequired")) {
        List<String> list = strings(e.get(f));
        assertEquals(list.size(), Set.copyOf(list).size(), e.get("canonical") + "." + f + " repeats");
        list.forEach(s -> assertFalse(s.isBlank(), e.get("canonical") + "." + f));
      }
      for (String a : strings(e.get("aliases"))) {
        for (String f : List.of("canonical", "ko", "en")) {
          assertFalse(a.equals(e.get(f).asText(null)), e.get("canonical") + " repeats " + a + " as alias");
        }
      }
      JsonNode debut = e.get("debut");
      assertTrue(debut.isNull() || debut.asText().matches("\\d{4}-\\d{2}-\\d{2}"), debut.toString());
    }
  }

  private static JsonNode byCanonical(String canonical) {
    return entries.stream().filter(e -> e.get("canonical").asText().equals(canonical)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + canonical));
  }

  /** The names a tagger matches: canonical unless it carries a "(GROUP)" suffix, then the rest. */
  private static List<String> names(JsonNode e) {
    List<String> n = new ArrayList<>();
    String canonical = e.get("canonical").asText();
    if (!canonical.endsWith(")") || canonical.equals(e.get("en").asText(null))) {
      n.add(canonical);
    }
    for (String f : List.of("en", "ko")) {
      if (!e.get(f).isNull()) {
        n.add(e.get(f).asText());
      }
    }
    n.addAll(strings(e.get("realNames")));
    n.addAll(strings(e.get("aliases")));
    return n;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
