package io.hallyu.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Fetches feeds over http(s) with timeouts and a size cap, so a slow or endless server cannot
 * hold the indexer or the server. Only {@code http} and {@code https} URLs are accepted.
 */
public final class FeedFetcher {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_BYTES = 10 << 20;
  static final String ACCEPT = "application/rss+xml, application/atom+xml, "
      + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

  private final HttpClient client;
  private final Duration timeout;
  private final int maxBytes;

  /** A fetched feed document and the Content-Type it came with (may be {@code null}). */
  public record Fetched(URI uri, byte[] body, String contentType) {}

  public FeedFetcher() {
    this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
  }

  /**
   * @param timeout for the whole answer, headers and body
   * @param maxBytes larger documents are refused
   */
  public FeedFetcher(Duration connectTimeout, Duration timeout, int maxBytes) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** Whether a command-line argument names a URL rather than a file. */
  public static boolean isUrl(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Parses and checks a feed URL.
   *
   * @throws FeedFetchException when it is not an absolute http(s) URL with a host
   */
  public static URI parseUrl(String url) throws FeedFetchException {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new FeedFetchException(url, "not an http(s) URL", null);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new FeedFetchException(url, "not a valid URL (" + e.getReason() + ")", e);
    }
  }

  /**
   * Fetches the document at {@code uri}.
   *
   * @throws FeedFetchException naming the URL and why: unreachable, timed out, an HTTP error
   *     status, or larger than the cap
   */
  public Fetched fetch(URI uri) throws FeedFetchException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Accept", ACCEPT).header("User-Agent", "hallyu-search feed reader").GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FeedFetchException(uri.toString(),
          "no answer within " + timeout.toMillis() + " ms", e);
    } catch (ConnectException e) {
      throw new FeedFetchException(uri.toString(), "cannot connect to " + uri.getHost()
          + (uri.getPort() > 0 ? ":" + uri.getPort() : ""), e);
    } catch (IOException e) {
      throw new FeedFetchException(uri.toString(), e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FeedFetchException(uri.toString(), "interrupted", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw new FeedFetchException(uri.toString(), "HTTP " + response.statusCode(), null);
      }
      byte[] bytes = body.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new FeedFetchException(uri.toString(), "larger than " + maxBytes + " bytes", null);
      }
      return new Fetched(uri, bytes,
          response.headers().firstValue("Content-Type").orElse(null));
    } catch (FeedFetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FeedFetchException(uri.toString(), e.toString(), e);
    }
  }

  /** Fetches and reads a feed into records; a failure becomes one failed record naming it. */
  public void read(String url, Consumer<SourceRecord> sink) {
    Fetched fetched;
    try {
      fetched = fetch(parseUrl(url));
    } catch (FeedFetchException e) {
      sink.accept(SourceRecord.failed(url, 0, "cannot fetch feed: " + e.reason()));
      return;
    }
    FeedReader.read(url, new ByteArrayInputStream(fetched.body()), fetched.contentType(), sink);
  }
}
