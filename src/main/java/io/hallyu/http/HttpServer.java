package io.hallyu.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.article.FeedFetcher;
import io.hallyu.index.IndexListener;
import io.hallyu.metrics.Metrics;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;

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

  /**
   * How long a stopping server lets requests in flight finish: inside the 10 s that
   * {@code docker stop} and the 30 s that Kubernetes allow before they kill.
   */
  public static final long STOP_TIMEOUT_MILLIS = 8_000;
  /**
   * While stopping, a connection that sends nothing for this long is cut (Jetty's default is
   * 1 s, which cuts an upload that merely pauses); a stalled client cannot hold the stop up.
   */
  public static final long SHUTDOWN_IDLE_MILLIS = 3_000;

  /** Creates the app with default settings (writes disabled); call {@code start(port)} on it. */
  public static Javalin create(Engine engine) {
    return create(engine, Settings.defaults());
  }

  /** Creates the app; call {@code start(port)} on it. */
  public static Javalin create(Engine engine, Settings settings) {
    Metrics metrics = new Metrics(engine.index());
    engine.index().setListener(metrics);
    AccessLog accessLog = new AccessLog();
    ObjectMapper mapper = mapper();
    JsonAnswers json = new JsonAnswers(mapper);
    SearchController search = new SearchController(engine.search(), json);
    SuggestController suggest = new SuggestController(engine.suggest(), json);
    WriteAccess access = new WriteAccess(settings.adminToken());
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.jetty.modifyServer(server -> {
        // Stopping then refuses new connections and waits for requests in flight to finish
        // (GracefulHandler counts them) before the index is committed and closed.
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        GracefulHandler graceful = new GracefulHandler();
        graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_MILLIS);
        server.setHandler(graceful);
        server.setErrorHandler(new JettyErrors());
      });
      access.register(config);
      if (HttpServer.class.getResource("/public/index.html") != null) {
        config.staticFiles.add(files -> {
          files.directory = "/public";
          files.location = Location.CLASSPATH;
          // Javalin looks for a file before it routes: for an API call that lookup (resolving a
          // path inside the jar) took about a tenth of the server's CPU. The page has no file
          // under these paths.
          files.skipFileFunction = HttpServer::isApiPath;
        });
      }
      config.routes.get("/health", ctx -> ctx.json(
          Map.of("status", "ok", "documents", engine.index().documentCount())));
      config.routes.get("/api/search", search::search);
      config.routes.get("/api/articles/{id}", search::article);
      config.routes.get("/api/suggest", suggest::suggest);
      if (engine.isWritable()) {
        ArticleWriteController write =
            new ArticleWriteController(engine.writer(), settings.maxBodyBytes());
        FeedController feeds = new FeedController(engine, new FeedFetcher());
        config.routes.post("/api/articles", write::post, WriteAccess.Role.WRITE);
        config.routes.delete("/api/articles/{id}", write::delete, WriteAccess.Role.WRITE);
        config.routes.post("/api/feeds", feeds::post, WriteAccess.Role.WRITE);
      }
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

  /** Paths that are routes, never files of the web page. */
  static boolean isApiPath(jakarta.servlet.http.HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/api/") || path.equals("/health") || path.equals("/metrics");
  }

  private static void closeQuietly(Engine engine) {
    try {
      engine.close();
    } catch (IOException e) {
      System.err.println("closing the index failed: " + e);
    }
  }
}
