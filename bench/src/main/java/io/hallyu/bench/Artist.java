package io.hallyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One artist as the corpus uses it: the canonical name (what the {@code artist} facet shows) and
 * the Korean and English names written into the text.
 *
 * <p>Read from the app's registry ({@code registry.jsonl}: {@code canonical, ko, en, aliases})
 * when the project has it, else from the shared kpopnet list ({@code name, name_ko}).
 */
record Artist(String canonical, String ko, String en, List<String> otherNames) {

  static List<Artist> load(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Artist> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        List<String> other = new ArrayList<>();
        if (n.has("canonical")) {
          for (String f : List.of("aliases", "realNames")) addAll(other, n.get(f));
          out.add(new Artist(text(n, "canonical"), text(n, "ko"), text(n, "en"), other));
        } else {
          for (String f : List.of("alias", "real_name", "real_name_ko")) addAll(other, n.get(f));
          out.add(new Artist(text(n, "name"), text(n, "name_ko"), text(n, "name"), other));
        }
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }

  private static void addAll(List<String> out, JsonNode v) {
    if (v == null || v.isNull()) return;
    if (v.isArray()) v.forEach(x -> out.add(x.asText().strip()));
    else for (String s : v.asText().split(",")) out.add(s.strip());
  }
}
