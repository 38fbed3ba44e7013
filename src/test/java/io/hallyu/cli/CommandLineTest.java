package io.hallyu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.Fixtures;
import io.hallyu.Main;
import io.hallyu.search.SearchRequest;
import io.hallyu.search.SearchResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and search commands end to end, on files and on the shared corpus. */
class CommandLineTest {
  @TempDir Path tmp;

  /** Runs the command line, capturing standard output. */
  static String run(int expectedExit, String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.run(args);
    } finally {
      System.setOut(out);
    }
    String text = buf.toString(StandardCharsets.UTF_8);
    assertEquals(expectedExit, exit, text);
    return text;
  }

  @Test
  void plain_text_headers_and_json_records_are_indexed_and_bad_records_reported() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/nested"));
    Files.writeString(in.resolve("twice.txt"),
        "date 2024-02-04 On February 4, 2024, fans of TWICE gathered in Seoul. It was cold.");
    Files.writeString(in.resolve("news.jsonl"), String.join("\n",
        "{\"id\":\"n1\",\"title\":\"IU tour\",\"body\":\"IU sang.\",\"published\":\"2024.03.01\",\"source\":\"Seoul Beat\"}",
        "{not json",
        "{\"id\":\"n2\",\"title\":\"\",\"body\":\"\"}",
        "{\"id\":\"n3\",\"title\":\"Odd\",\"date\":\"2024-02-30\"}"));
    Path index = tmp.resolve("idx");
    String out = run(0, "index", "--index", index.toString(), tmp.resolve("in").toString());
    assertTrue(out.contains("2 added, 0 updated, 3 rejected (2 documents in the index)"), out);
    assertTrue(out.contains("news.jsonl:2: invalid JSON"), out);
    assertTrue(out.contains("news.jsonl:3: record has no title and no body"), out);
    assertTrue(out.contains("news.jsonl:4: impossible date"), out);

    String again = run(0, "index", "--index", index.toString(), tmp.resolve("in").toString());
    assertTrue(again.contains("0 added, 2 updated"), again);

    try (Engine engine = Engine.openReadOnly(index)) {
      SearchResponse r = engine.search().search(SearchRequest.of("TWICE"));
      assertEquals(1, r.total());
      SearchResponse.Hit hit = r.hits().get(0);
      assertEquals("2024-02-04", hit.date());
      assertEquals("On February 4, 2024, fans of TWICE gathered in Seoul.", hit.title());
      assertEquals(List.of("TWICE"), hit.artists());
      assertEquals(2, engine.search().search(SearchRequest.of("")).total());
      assertEquals("Seoul Beat", engine.search().article("n1").outlet());
      assertEquals(LocalDate.of(2024, 3, 1), engine.search().article("n1").date());
    }

    String search = run(0, "search", "--index", index.toString(), "--artist", "IU", "tour");
    assertTrue(search.contains("1 results for \"tour\""), search);
    assertTrue(search.contains("IU tour"), search);
    assertTrue(search.contains("artist: IU (아이유) 1"), search);
  }

  @Test
  void nothing_readable_is_a_non_zero_exit() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "not json\n");
    run(1, "index", "--index", tmp.resolve("idx").toString(), bad.toString());
    run(2, "index", "--index", tmp.resolve("idx").toString(), tmp.resolve("missing").toString());
    run(2, "search", "--index", tmp.resolve("idx").toString(), "--size", "0", "x");
  }

  @Test
  void the_shared_corpus_indexes_end_to_end() throws Exception {
    Path corpus = Fixtures.corpusDir();
    if (corpus == null) {
      assertTrue(!"true".equals(System.getenv("CI")), "shared corpus missing under CI");
      org.junit.jupiter.api.Assumptions.abort("shared corpus not found");
    }
    Path index = tmp.resolve("corpus-idx");
    String out = run(0, "index", "--index", index.toString(),
        corpus.resolve("ko_wikinews.jsonl").toString(), corpus.resolve("en_wikinews_sample.jsonl").toString(),
        corpus.resolve("ko_ent_headlines.jsonl").toString());
    assertTrue(out.contains("2535 added, 0 updated, 0 rejected"), out);
    try (Engine engine = Engine.openReadOnly(index)) {
      SearchResponse ko = engine.search().search(new SearchRequest("대통령", List.of(), List.of(),
          List.of("ko"), null, null, null, 1, 10));
      assertTrue(ko.total() > 10, "Korean news about presidents: " + ko.total());
      SearchResponse en = engine.search().search(SearchRequest.of("president"));
      assertTrue(en.hits().stream().anyMatch(h -> "en".equals(h.lang())));
      assertNotNull(engine.search().article("kowikinews-633"));
    }
  }
}
