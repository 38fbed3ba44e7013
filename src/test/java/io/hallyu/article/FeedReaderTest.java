package io.hallyu.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS and Atom entries become raw articles: text without HTML, dates with offsets, ids. */
class FeedReaderTest {

  static List<RawArticle> parse(String resource) throws IOException {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("/feeds/" + resource)) {
      return FeedReader.parse(in, null);
    }
  }

  @Test
  void rss_items_map_to_articles_with_html_stripped() throws IOException {
    List<RawArticle> items = parse("seoul-beat.rss");
    assertEquals(4, items.size());
    RawArticle iu = items.get(0);
    assertEquals("IU announces world tour", iu.title());
    assertEquals("IU will tour 20 cities & meet fans. Tickets open next week.", iu.body());
    assertEquals("Seoul Beat & Co.", iu.outlet());
    assertEquals("https://seoulbeat.example/news/iu-tour", iu.url());
    assertNull(iu.id(), "a linked entry's id is derived from its url");
    assertEquals("2024-02-04T01:30:00Z", iu.date());
  }

  @Test
  void rss_content_encoded_wins_over_the_description() throws IOException {
    RawArticle nj = parse("seoul-beat.rss").get(1);
    assertEquals("Comeback NewJeans release a single on March 1.", nj.body());
    assertEquals("2024-02-05T00:00:00Z", nj.date());
  }

  @Test
  void an_entry_without_a_link_keeps_its_guid_as_id() throws IOException {
    RawArticle guidOnly = parse("seoul-beat.rss").get(2);
    assertNull(guidOnly.url());
    assertEquals("sb-1003", guidOnly.id());
    assertNull(guidOnly.date());
  }

  @Test
  void an_offset_date_is_taken_in_korea_time() throws IOException {
    // 20:30 on 3 February in New York is the morning of the 4th in Seoul.
    Article iu = ArticleNormalizer.normalize(parse("seoul-beat.rss").get(0));
    assertEquals(LocalDate.of(2024, 2, 4), iu.date());
    assertEquals("u-", iu.id().substring(0, 2));
    assertEquals("en", iu.lang());
  }

  @Test
  void atom_entries_use_published_else_updated_and_strip_html() throws IOException {
    List<RawArticle> entries = parse("kpop-wire.atom");
    assertEquals(3, entries.size());
    RawArticle iu = entries.get(0);
    assertEquals("아이유, 월드 투어 발표", iu.title());
    assertEquals("아이유가 20개 도시 투어를 발표했다.", iu.body());
    assertEquals("케이팝 와이어", iu.outlet());
    assertEquals("https://kpopwire.example/2024/iu-tour", iu.url());
    assertEquals("2024-02-03T14:30:00Z", iu.date());
    assertNull(iu.id());

    RawArticle nj = entries.get(1);
    assertEquals("2024-02-05T23:00:00Z", nj.date(), "no published: the updated date");
    assertEquals("뉴진스가 3월에 돌아온다. 2 < 3", nj.body(), "plain text is left as it is");
    Article njArticle = ArticleNormalizer.normalize(nj);
    assertEquals(LocalDate.of(2024, 2, 6), njArticle.date());
    assertEquals("ko", njArticle.lang());
  }

  @Test
  void an_atom_entry_without_a_link_keeps_its_atom_id() throws IOException {
    RawArticle noLink = parse("kpop-wire.atom").get(2);
    assertNull(noLink.url());
    assertEquals("tag:kpopwire.example,2024:3", noLink.id());
    assertTrue(noLink.body().contains("링크가 없다."), noLink.body());
    assertFalse(noLink.body().contains("<"), noLink.body());
  }

  @Test
  void a_document_that_is_not_a_feed_is_refused_with_the_reason() {
    InvalidFeedException e = assertThrows(InvalidFeedException.class, () -> parse("not-a-feed.xml"));
    assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed"), e.getMessage());
    assertThrows(InvalidFeedException.class, () -> FeedReader.parse(
        new ByteArrayInputStream("<rss><channel>".getBytes(StandardCharsets.UTF_8)), null));
  }

  @Test
  void a_doctype_is_refused_so_no_external_entity_is_read() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    assertThrows(InvalidFeedException.class, () -> FeedReader.parse(
        new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), null));
  }

  @Test
  void records_are_numbered_by_entry_and_a_bad_document_is_one_rejection() {
    List<SourceRecord> records = new ArrayList<>();
    ArticleFiles.read("feeds/kpop-wire.atom",
        FeedReaderTest.class.getResourceAsStream("/feeds/kpop-wire.atom"), records::add);
    assertEquals(List.of(1, 2, 3), records.stream().map(SourceRecord::line).toList());

    List<SourceRecord> bad = new ArrayList<>();
    ArticleFiles.read("x.rss", new ByteArrayInputStream(new byte[] {1, 2, 3}), bad::add);
    assertEquals(1, bad.size());
    assertFalse(bad.get(0).isOk());
  }

  @Test
  void feed_extensions_are_recognised_in_any_case() {
    assertTrue(FeedReader.isFeedFile("a.XML"));
    assertTrue(FeedReader.isFeedFile("b.rss"));
    assertTrue(FeedReader.isFeedFile("c.Atom"));
    assertFalse(FeedReader.isFeedFile("d.json"));
  }

  @Test
  void bad_bytes_and_unknown_encodings_are_invalid_feeds_not_io_errors() {
    byte[] invalidUtf8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>x</title><item><title>\u00ff</title></item></channel></rss>")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(InvalidFeedException.class,
        () -> FeedReader.parse(new ByteArrayInputStream(invalidUtf8), null));
    byte[] bogus = "<?xml version=\"1.0\" encoding=\"no-such-charset\"?><rss version=\"2.0\"/>"
        .getBytes(StandardCharsets.UTF_8);
    assertThrows(InvalidFeedException.class,
        () -> FeedReader.parse(new ByteArrayInputStream(bogus), null));
    assertThrows(InvalidFeedException.class,
        () -> FeedReader.parse(new ByteArrayInputStream(new byte[0]), "application/rss+xml"));
    assertThrows(InvalidFeedException.class, () -> FeedReader.parse(
        new ByteArrayInputStream("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)),
        "text/xml; charset=nope"));
  }
}
