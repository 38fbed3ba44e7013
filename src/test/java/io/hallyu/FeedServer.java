package io.hallyu;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny local web server for feed tests (no external network): serves the documents put into
 * it, 404 for anything else.
 */
public final class FeedServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> documents = new ConcurrentHashMap<>();

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String doc = documents.get(exchange.getRequestURI().getPath());
      byte[] body = (doc == null ? "not found" : doc).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type",
          doc == null ? "text/plain" : "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(doc == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** Serves {@code document} at {@code path}, replacing what was there. */
  public String put(String path, String document) {
    documents.put(path, document);
    return url(path);
  }

  public String url(String path) {
    return "http://localhost:" + server.getAddress().getPort() + path;
  }

  /** The text of a test resource under {@code /feeds/}. */
  public static String resource(String name) throws IOException {
    try (var in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
