package io.hallyu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hallyu.Engine;
import io.hallyu.article.FeedFetchException;
import io.hallyu.article.FeedFetcher;
import io.hallyu.article.FeedReader;
import io.hallyu.article.RawArticle;
import io.hallyu.index.IngestSummary;
import io.hallyu.search.InvalidRequestException;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/feeds}: an RSS or Atom feed, fetched from {@code {"url": ...}} or sent as the
 * body, indexed and committed before the answer, so an acknowledged feed survives a crash.
 */
final class FeedController {
  static final Set<String> FEED_TYPES =
      Set.of("application/rss+xml", "application/atom+xml", "application/xml", "text/xml");
  static final String JSON = "application/json";
  static final String ACCEPTED = JSON + " with {\"url\": \"https://...\"}, or a feed as "
      + String.join(", ", FEED_TYPES.stream().sorted().toList());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Engine engine;
  private final FeedFetcher fetcher;

  FeedController(Engine engine, FeedFetcher fetcher) {
    this.engine = engine;
    this.fetcher = fetcher;
  }

  /** The answer: how many entries were indexed, and which were not and why. */
  record Answer(int indexed, int added, int updated, List<Rejected> rejected) {}

  /** @param index the entry's 0-based position in the feed */
  record Rejected(int index, String error) {}

  void post(Context ctx) throws IOException {
    String type = mediaType(ctx.contentType());
    List<RawArticle> entries;
    String source;
    if (type.equals(JSON)) {
      URI uri = url(ctx.bodyAsBytes());
      FeedFetcher.Fetched fetched = fetcher.fetch(uri);
      source = uri.toString();
      entries = FeedReader.parse(new ByteArrayInputStream(fetched.body()), fetched.contentType());
    } else if (FEED_TYPES.contains(type)) {
      source = "request body";
      entries = FeedReader.parse(new ByteArrayInputStream(ctx.bodyAsBytes()), ctx.contentType());
    } else {
      throw new UnsupportedMediaTypeResponse("Content-Type must be " + ACCEPTED
          + (type.isEmpty() ? " (none given)" : " (got " + type + ")"));
    }
    IngestSummary summary = engine.indexDurably(source, entries);
    ctx.json(new Answer(summary.indexed(), summary.added(), summary.updated(),
        summary.rejected().stream().map(r -> new Rejected(r.line() - 1, r.reason())).toList()));
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip().toLowerCase(Locale.ROOT);
  }

  private static URI url(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(null, "body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidRequestException(null, "cannot read the body: " + e.getMessage());
    }
    JsonNode url = node == null ? null : node.get("url");
    if (url == null || !url.isTextual() || url.asText().isBlank()) {
      throw new InvalidRequestException("url", "body must be {\"url\": \"https://...\"}");
    }
    try {
      return FeedFetcher.parseUrl(url.asText());
    } catch (FeedFetchException e) {
      throw new InvalidRequestException("url", e.getMessage());
    }
  }
}
