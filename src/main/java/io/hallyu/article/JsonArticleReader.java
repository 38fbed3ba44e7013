package io.hallyu.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from JSON Lines (one object a line) and JSON (one object or an array of them).
 * A bad line or element rejects only itself.
 */
public final class JsonArticleReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonArticleReader() {}

  /** Reads JSON Lines; blank lines are ignored. */
  public static void readLines(String file, BufferedReader in, Consumer<SourceRecord> sink)
      throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        sink.accept(fromNode(file, number, MAPPER.readTree(line)));
      } catch (JsonProcessingException e) {
        sink.accept(SourceRecord.failed(file, number, "invalid JSON: " + e.getOriginalMessage()));
      }
    }
  }

  /** Reads a JSON document holding one article object or an array of them. */
  public static void readDocument(String file, Reader in, Consumer<SourceRecord> sink)
      throws IOException {
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        sink.accept(fromNode(file, parser.currentLocation().getLineNr(), MAPPER.readTree(parser)));
      } else if (first == JsonToken.START_ARRAY) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          int line = parser.currentLocation().getLineNr();
          sink.accept(fromNode(file, line, MAPPER.readTree(parser)));
        }
      } else {
        sink.accept(SourceRecord.failed(file, 1, "expected a JSON object or array"));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      sink.accept(SourceRecord.failed(file, line, "invalid JSON: " + e.getOriginalMessage()));
    }
  }

  /** Maps one JSON value to a record, accepting the field aliases the input format allows. */
  public static SourceRecord fromNode(String file, int line, JsonNode node) {
    if (!node.isObject()) {
      return SourceRecord.failed(file, line, "expected a JSON object, got " + node.getNodeType());
    }
    RawArticle raw = new RawArticle(
        text(node, "id"),
        text(node, "title"),
        text(node, "body", "content", "text"),
        text(node, "date", "published"),
        text(node, "outlet", "source", "publisher"),
        text(node, "url"),
        text(node, "lang"),
        artists(node.get("artists")));
    return SourceRecord.ok(file, line, raw);
  }

  /** The first of {@code names} the record has (even when null), so an explicit null wins. */
  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      if (node.has(name)) {
        JsonNode v = node.get(name);
        return v.isNull() || v.isContainerNode() ? null : v.asText();
      }
    }
    return null;
  }

  private static List<String> artists(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isTextual()) {
      for (String part : node.asText().split(",")) {
        out.add(part);
      }
      return out;
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      JsonNode v = it.next();
      if (v.isValueNode() && !v.isNull()) {
        out.add(v.asText());
      }
    }
    return out;
  }
}
