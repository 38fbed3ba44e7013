package io.hallyu.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME, one {@link RawArticle} per entry: the
 * outlet is the feed's title, the body the entry's content (else its description) with the HTML
 * stripped, the date the entry's published (else updated) instant. The id is left to the
 * normalizer, which derives it from the link, so reading a feed again updates its articles; an
 * entry without a link keeps its guid or Atom id instead.
 */
public final class FeedReader {
  private FeedReader() {}

  /** Whether a file name says it holds a feed. */
  public static boolean isFeedFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom");
  }

  /**
   * Parses a whole feed. The encoding comes from the XML prolog or byte-order mark, else
   * {@code httpContentType}'s charset (may be {@code null}), else UTF-8.
   *
   * @throws InvalidFeedException when the bytes are not an RSS or Atom document
   */
  public static List<RawArticle> parse(InputStream in, String httpContentType) throws IOException {
    String xml = decode(in.readAllBytes(), httpContentType);
    SyndFeed feed;
    // Doctypes stay refused (ROME's default): no external entities from a fetched document.
    try {
      feed = new SyndFeedInput().build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      throw new InvalidFeedException("not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    String outlet = feed.getTitle() == null ? null : text(feed.getTitle());
    List<RawArticle> articles = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      articles.add(toArticle(outlet, entry));
    }
    return articles;
  }

  /**
   * Reads a feed into records numbered by entry (1-based); a document that is not a feed becomes
   * one failed record, like an unreadable file.
   */
  public static void read(String name, InputStream in, Consumer<SourceRecord> sink) {
    read(name, in, null, sink);
  }

  /** As {@link #read(String, InputStream, Consumer)}, with an HTTP Content-Type for the charset. */
  public static void read(String name, InputStream in, String httpContentType,
      Consumer<SourceRecord> sink) {
    List<RawArticle> articles;
    try {
      articles = parse(in, httpContentType);
    } catch (InvalidFeedException e) {
      sink.accept(SourceRecord.failed(name, 0, e.getMessage()));
      return;
    } catch (IOException e) {
      sink.accept(SourceRecord.failed(name, 0, "cannot read feed: " + e.getMessage()));
      return;
    }
    for (int i = 0; i < articles.size(); i++) {
      sink.accept(SourceRecord.ok(name, i + 1, articles.get(i)));
    }
  }

  static RawArticle toArticle(String outlet, SyndEntry entry) {
    String link = blankToNull(entry.getLink());
    String id = link == null ? blankToNull(entry.getUri()) : null;
    return new RawArticle(id, entry.getTitle() == null ? null : text(entry.getTitle()),
        body(entry), date(entry), outlet, link, null, null);
  }

  private static String body(SyndEntry entry) {
    StringBuilder body = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      append(body, c);
    }
    if (body.isEmpty() && entry.getDescription() != null) {
      append(body, entry.getDescription());
    }
    return body.toString();
  }

  private static void append(StringBuilder body, SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    // Feeds rarely say what their text is, and most of it is HTML: strip unless it says plain.
    String text = type.equals("text") || type.equals("text/plain") ? value.strip() : text(value);
    if (!body.isEmpty()) {
      body.append("\n\n");
    }
    body.append(text);
  }

  /**
   * The document as text, strictly: ROME's reader finds the encoding, but would decode bad bytes
   * into replacement characters that then reach the index.
   */
  private static String decode(byte[] bytes, String httpContentType) throws IOException {
    String encoding;
    try (XmlReader sniffer = httpContentType == null
        ? new XmlReader(new ByteArrayInputStream(bytes))
        : new XmlReader(new ByteArrayInputStream(bytes), httpContentType)) {
      encoding = sniffer.getEncoding();
    } catch (IOException e) {
      // The bytes are in memory: what fails here is the encoding (unknown, or contradictory).
      throw new InvalidFeedException("not a readable RSS or Atom feed: " + e, e);
    }
    try {
      String text = Charset.forName(encoding).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidFeedException("feed is not valid " + encoding, e);
    } catch (IllegalArgumentException e) {
      // IllegalCharsetNameException, UnsupportedCharsetException
      throw new InvalidFeedException("feed declares an unknown encoding '" + encoding + "'", e);
    }
  }

  /** The instant as an offset date-time; the normalizer takes its day in Korea time. */
  private static String date(SyndEntry entry) {
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return d == null ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.toInstant().atOffset(ZoneOffset.UTC));
  }

  /** The text of an HTML fragment, entities decoded and whitespace collapsed. */
  static String text(String html) {
    return Jsoup.parseBodyFragment(html).text();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
