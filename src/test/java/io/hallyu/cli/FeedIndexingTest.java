package io.hallyu.cli;

import static io.hallyu.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.Engine;
import io.hallyu.FeedServer;
import io.hallyu.article.Article;
import io.hallyu.search.SearchRequest;
import io.hallyu.search.SearchResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index command on feed files and feed URLs. */
class FeedIndexingTest {
  @TempDir Path tmp;

  static long total(Path index, String query) throws Exception {
    try (Engine engine = Engine.openReadOnly(index)) {
      return engine.search().search(SearchRequest.of(query)).total();
    }
  }

  @Test
  void a_feed_file_is_indexed_and_reading_it_again_updates_without_duplicates() throws Exception {
    Path feed = Files.writeString(tmp.resolve("seoul-beat.rss"), FeedServer.resource("seoul-beat.rss"));
    Path index = tmp.resolve("idx");
    String out = run(0, "index", "--index", index.toString(), feed.toString());
    assertTrue(out.contains("3 added, 0 updated, 1 rejected"), out);
    assertTrue(out.contains("seoul-beat.rss:4: record has no title and no body"), out);

    String again = run(0, "index", "--index", index.toString(), feed.toString());
    assertTrue(again.contains("0 added, 3 updated, 1 rejected (3 documents in the index)"), again);
    try (Engine engine = Engine.openReadOnly(index)) {
      SearchResponse r = engine.search().search(SearchRequest.of("tour"));
      assertEquals(1, r.total());
      Article iu = engine.search().article(r.hits().get(0).id());
      assertEquals("Seoul Beat & Co.", iu.outlet());
      assertEquals(LocalDate.of(2024, 2, 4), iu.date());
      assertEquals("https://seoulbeat.example/news/iu-tour", iu.url());
      assertTrue(iu.artists().contains("IU"), iu.artists().toString());
    }
  }

  @Test
  void a_feed_url_is_fetched_and_an_edited_entry_replaces_the_old_one() throws Exception {
    Path index = tmp.resolve("idx");
    try (FeedServer server = new FeedServer()) {
      String atom = FeedServer.resource("kpop-wire.atom");
      String url = server.put("/kpop.atom", atom);
      String out = run(0, "index", "--index", index.toString(), url);
      assertTrue(out.contains("3 added, 0 updated, 0 rejected"), out);

      // The outlet corrects a headline: same link, new title.
      server.put("/kpop.atom", atom.replace("뉴진스 컴백", "뉴진스 3월 컴백 확정"));
      String again = run(0, "index", "--index", index.toString(), url);
      assertTrue(again.contains("0 added, 3 updated, 0 rejected (3 documents in the index)"), again);
    }
    assertEquals(1L, total(index, "확정"));
    assertEquals(3L, total(index, ""));
  }

  @Test
  void unreachable_and_missing_feeds_are_rejections_and_nothing_read_is_a_non_zero_exit()
      throws Exception {
    Path index = tmp.resolve("idx");
    try (FeedServer server = new FeedServer()) {
      String missing = server.url("/gone.rss");
      String out = run(1, "index", "--index", index.toString(), missing);
      assertTrue(out.contains("rejected " + missing + ": cannot fetch feed: HTTP 404"), out);

      String notFeed = server.put("/page.xml", "<html><body>hello</body></html>");
      out = run(1, "index", "--index", index.toString(), notFeed);
      assertTrue(out.contains("rejected " + notFeed + ": not a readable RSS or Atom feed"), out);
    }
    // Nothing listens on port 1.
    String out = run(1, "index", "--index", index.toString(), "http://localhost:1/feed.rss");
    assertTrue(out.contains("rejected http://localhost:1/feed.rss: cannot fetch feed: cannot connect"),
        out);
  }

  @Test
  void files_and_urls_mix_in_one_run() throws Exception {
    Path index = tmp.resolve("idx");
    Path json = Files.writeString(tmp.resolve("one.jsonl"),
        "{\"id\":\"j1\",\"title\":\"TWICE in Seoul\",\"body\":\"TWICE sang.\"}\n");
    try (FeedServer server = new FeedServer()) {
      String url = server.put("/feed.rss", FeedServer.resource("seoul-beat.rss"));
      String out = run(0, "index", "--index", index.toString(), json.toString(), url);
      assertTrue(out.contains("4 added, 0 updated, 1 rejected"), out);
    }
  }
}
