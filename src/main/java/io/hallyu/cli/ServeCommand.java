package io.hallyu.cli;

import io.hallyu.Engine;
import io.hallyu.config.Settings;
import io.hallyu.http.HttpServer;
import io.hallyu.index.IngestSummary;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve [--index DIR] [--port N]}: the HTTP API and web page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and web page. An empty index gets the sample corpus first.")
public final class ServeCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: $PORT or 7070).")
  Integer port;

  @Override
  public Integer call() throws Exception {
    Settings settings = index.settings(port);
    Engine engine = Engine.open(settings.indexDir());
    if (engine.index().documentCount() == 0) {
      IngestSummary s = engine.indexSample();
      System.out.printf("Empty index: indexed the bundled sample corpus (%d articles)%n", s.indexed());
    }
    Javalin app = HttpServer.create(engine, settings);
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM or Ctrl-C: stop accepting, let requests in flight finish, commit, close.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping: finishing requests in flight, then committing the index");
      try {
        app.stop();
      } finally {
        closeQuietly(engine); // the server closes it too; this covers a stop that failed
        System.out.println("Stopped: index committed and closed");
        stopped.countDown();
      }
    }, "shutdown"));
    app.start(settings.port());
    System.out.printf("Hallyu Search on http://localhost:%d/ (index %s, %d documents, writes %s)%n",
        app.port(), settings.indexDir().toAbsolutePath(), engine.index().documentCount(),
        settings.writesEnabled() ? "enabled" : "disabled: set HALLYU_ADMIN_TOKEN to enable them");
    stopped.await();
    return 0;
  }

  private static void closeQuietly(Engine engine) {
    try {
      engine.close();
    } catch (IOException | RuntimeException e) {
      System.err.println("closing the index failed: " + e);
    }
  }
}
