package io.hallyu.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hallyu.Engine;
import io.hallyu.article.FeedFetcher;
import io.hallyu.index.IndexListener;
import io.hallyu.metrics.Metrics;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Map;

/**
 * The HTTP API and the web page, built from an {@link Engine}. The caller owns the engine; the
 * server closes it when it stops, so the index is committed and closed on shutdown.
 */
public final class HttpServer {
  private HttpServer() {}

  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** Creates the app; call {@code start(port)} on it. */
  public static Javalin create(Engine engine) {
    Metrics metrics = new Metrics(engine.index());
    engine.index().setListener(metrics);
    AccessLog accessLog = new AccessLog();
    SearchController search = new SearchController(engine.search());
    SuggestController suggest = new SuggestController(engine.suggest());
    FeedController feeds = new FeedController(engine, new FeedFetcher());
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(mapper(), false));
      config.startup.showJavalinBanner = false;
      if (HttpServer.class.getResource("/public/index.html") != null) {
        config.staticFiles.add("/public", Location.CLASSPATH);
      }
      config.routes.get("/health", ctx -> ctx.json(
          Map.of("status", "ok", "documents", engine.index().documentCount())));
      config.routes.get("/api/search", search::search);
      config.routes.get("/api/articles/{id}", search::article);
      config.routes.get("/api/suggest", suggest::suggest);
      // Admin only: wrap in the write API's bearer-token check when it lands.
      config.routes.post("/api/feeds", feeds::post);
      config.routes.get("/metrics",
          ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()));
      HttpErrors.register(config);
      config.requestLogger.http((ctx, millis) -> {
        accessLog.log(ctx, millis);
        metrics.request(ctx.method().name(), Routes.template(ctx), ctx.statusCode(),
            (long) (millis * 1_000_000));
      });
      config.events.serverStopped(() -> {
        closeQuietly(engine);
        engine.index().setListener(IndexListener.NONE);
        metrics.close();
      });
    });
  }

  private static void closeQuietly(Engine engine) {
    try {
      engine.close();
    } catch (IOException e) {
      System.err.println("closing the index failed: " + e);
    }
  }
}
