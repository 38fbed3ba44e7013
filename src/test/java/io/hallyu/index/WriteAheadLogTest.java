package io.hallyu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live writes are durable in the write-ahead log before Lucene commits them: an index abandoned
 * as a killed process leaves it (uncommitted changes dropped, only synced log entries on disk)
 * reopens with every synced change, in order, and nothing twice.
 */
class WriteAheadLogTest {
  @TempDir Path dir;

  static Article article(String id, int version) {
    return new Article(id, "title " + id + " v" + version, "body of " + id,
        LocalDate.of(2024, 2, 4), "Wire", "https://example.com/" + id, "en", List.of("IU"));
  }

  static ArticleIndex open(Path dir) throws IOException {
    return ArticleIndex.open(dir, new StandardAnalyzer());
  }

  /** Every live document's title by id, read from the last commit on disk. */
  static Map<String, String> committedTitles(Path dir) throws IOException {
    Map<String, String> titles = new HashMap<>();
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var document = stored.document(doc);
            assertNull(titles.put(document.get(Schema.ID), document.get(Schema.TITLE)),
                "duplicate id " + document.get(Schema.ID));
          }
        }
      }
    }
    return titles;
  }

  static List<Path> logFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve(WriteAheadLog.DIR))) {
      return s.sorted().toList();
    }
  }

  @Test
  void synced_changes_survive_a_crash_and_are_replayed_once_on_open() throws Exception {
    ArticleIndex index = open(dir);
    index.upsert(article("a", 1));
    index.upsert(article("b", 1));
    index.commit();
    index.upsert(article("a", 2));
    index.upsert(article("c", 1));
    index.delete("b");
    long mark = index.changeMark();
    assertTrue(index.makeDurable() >= mark);
    index.upsert(article("never-synced", 1)); // buffered, not synced: may be lost
    index.abandon();

    assertEquals(Map.of("a", "title a v1", "b", "title b v1"), committedTitles(dir),
        "the crash kept only the commit");
    try (ArticleIndex reopened = open(dir)) {
      assertEquals(2, reopened.documentCount());
    }
    Map<String, String> titles = committedTitles(dir);
    assertEquals(Map.of("a", "title a v2", "c", "title c v1"), titles);
    // Reopening again replays nothing twice: the recovery committed and dropped the old files.
    try (ArticleIndex again = open(dir)) {
      assertEquals(2, again.documentCount());
    }
    assertEquals(titles, committedTitles(dir));
  }

  @Test
  void a_torn_last_entry_is_ignored_and_everything_before_it_is_kept() throws Exception {
    ArticleIndex index = open(dir);
    for (int i = 0; i < 20; i++) {
      index.upsert(article("t" + i, 1));
    }
    index.makeDurable();
    index.abandon();
    Path last = logFiles(dir).get(logFiles(dir).size() - 1);
    long size = Files.size(last);
    // Half an entry: a length and a checksum promising more bytes than follow.
    Files.write(last, new byte[] {0, 0, 1, 0, 1, 2, 3, 4, '{', '"'}, StandardOpenOption.APPEND);
    try (ArticleIndex reopened = open(dir)) {
      assertEquals(20, reopened.documentCount());
    }
    assertEquals(20, committedTitles(dir).size());
    assertTrue(size > 0);
    // A flipped byte inside an entry fails its checksum: that entry and the rest are dropped.
    ArticleIndex index2 = open(dir);
    index2.upsert(article("x", 1));
    index2.upsert(article("y", 1));
    index2.makeDurable();
    index2.abandon();
    Path file = logFiles(dir).get(logFiles(dir).size() - 1);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 3] ^= 0x20;
    Files.write(file, bytes);
    try (ArticleIndex reopened = open(dir)) {
      assertEquals(21, reopened.documentCount(), "x replayed, y dropped at its bad checksum");
    }
    Map<String, String> titles = committedTitles(dir);
    assertTrue(titles.containsKey("x"));
    assertFalse(titles.containsKey("y"));
  }

  @Test
  void a_checkpoint_commits_and_deletes_the_log_it_covers() throws Exception {
    try (ArticleIndex index = open(dir)) {
      index.upsert(article("a", 1));
      index.makeDurable();
      List<Path> before = logFiles(dir);
      index.commit();
      List<Path> after = logFiles(dir);
      assertEquals(1, before.size());
      assertEquals(1, after.size());
      assertFalse(after.contains(before.get(0)), "the covered file is gone, a new one started");
      assertEquals(0, Files.size(after.get(0)));
      assertEquals(Map.of("a", "title a v1"), committedTitles(dir));
    }
  }

  @Test
  void the_first_search_after_a_pause_sees_every_completed_write() throws Exception {
    try (ArticleIndex index = open(dir)) {
      index.upsert(article("fresh", 1));
      FacetedSearcher searcher = index.acquireForSearch();
      try {
        assertEquals(1, searcher.getIndexReader().numDocs());
      } finally {
        index.release(searcher);
      }
    }
  }

  @Test
  void background_refreshes_run_only_while_someone_searches() throws Exception {
    try (ArticleIndex index = open(dir)) {
      index.upsert(article("unsearched", 1));
      Thread.sleep(5 * ArticleIndex.REFRESH_MILLIS);
      assertEquals(0, numDocs(index), "no search yet: the background refresh waits");
      assertEquals(1, numDocs(index, true), "a search refreshes first");
      index.upsert(article("searched", 1));
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (numDocs(index) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(2, numDocs(index), "someone searched: the background refresh runs");
    }
  }

  private static int numDocs(ArticleIndex index) throws IOException {
    return numDocs(index, false);
  }

  private static int numDocs(ArticleIndex index, boolean search) throws IOException {
    FacetedSearcher s = search ? index.acquireForSearch() : index.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      index.release(s);
    }
  }

  /**
   * Writers race on the same ids while checkpoints roll the log. Whatever the interleaving, the
   * reopened index must hold, for each id, the version the writer held before the crash: the
   * writer and the log saw the changes to one id in the same order.
   */
  @Test
  void racing_writers_and_checkpoints_recover_exactly_the_state_before_the_crash() throws Exception {
    ArticleIndex index = open(dir);
    int threads = 4;
    int ids = 20;
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Random random = new Random(t);
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int n = 0; n < 400; n++) {
          String id = "id" + random.nextInt(ids);
          if (random.nextInt(10) == 0) {
            index.delete(id);
          } else {
            index.upsert(article(id, thread * 1000 + n));
          }
        }
        return null;
      }));
    }
    futures.add(pool.submit(() -> {
      while (!stop.get()) {
        index.commit();
        Thread.sleep(5);
      }
      return null;
    }));
    for (int t = 0; t < threads; t++) {
      futures.get(t).get();
    }
    stop.set(true);
    futures.get(threads).get();
    pool.shutdown();
    index.makeDurable();
    Map<String, String> expected = new HashMap<>();
    index.refresh();
    FacetedSearcher s = index.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var d = leaf.reader().storedFields().document(doc);
            expected.put(d.get(Schema.ID), d.get(Schema.TITLE));
          }
        }
      }
    } finally {
      index.release(s);
    }
    index.abandon();
    open(dir).close();
    assertEquals(expected, committedTitles(dir));
  }
}
