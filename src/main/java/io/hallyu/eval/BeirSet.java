package io.hallyu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relevance set in BEIR layout: {@code corpus.jsonl} ({@code _id, title, text}),
 * {@code queries.jsonl} ({@code _id, text}) and {@code qrels/<split>.tsv}
 * ({@code query-id, corpus-id, score}, with a header line).
 */
public record BeirSet(List<Passage> passages, Map<String, String> queries,
    Map<String, Map<String, Map<String, Integer>>> qrelsBySplit) {

  public record Passage(String id, String title, String text) {}

  /** Judgments of one split: query id → (passage id → grade), in file order. */
  public Map<String, Map<String, Integer>> qrels(String split) {
    Map<String, Map<String, Integer>> q = qrelsBySplit.get(split);
    if (q == null) {
      throw new IllegalArgumentException("no qrels for split " + split);
    }
    return q;
  }

  public static BeirSet load(Path dir, List<String> splits) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Passage> passages = new ArrayList<>();
    for (JsonNode n : jsonl(json, dir.resolve("corpus.jsonl"))) {
      passages.add(new Passage(n.get("_id").asText(), n.path("title").asText(""),
          n.path("text").asText("")));
    }
    Map<String, String> queries = new LinkedHashMap<>();
    for (JsonNode n : jsonl(json, dir.resolve("queries.jsonl"))) {
      queries.put(n.get("_id").asText(), n.get("text").asText());
    }
    Map<String, Map<String, Map<String, Integer>>> qrels = new LinkedHashMap<>();
    for (String split : splits) {
      qrels.put(split, qrels(dir.resolve("qrels").resolve(split + ".tsv")));
    }
    return new BeirSet(List.copyOf(passages), queries, qrels);
  }

  private static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
    }
    return out;
  }

  private static List<JsonNode> jsonl(ObjectMapper json, Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          rows.add(json.readTree(line));
        }
      }
    }
    return rows;
  }
}
