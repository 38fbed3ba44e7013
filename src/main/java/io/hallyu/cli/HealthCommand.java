package io.hallyu.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code health [--port N]}: exit 0 when a local server answers {@code /health}; for probes. */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Check that a server on this machine answers /health (exit 0) or not (exit 1).")
public final class HealthCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: $PORT or 7070).")
  Integer port;

  @Override
  public Integer call() {
    int p = io.hallyu.config.Settings.resolve(null, port, System.getenv()).port();
    try {
      HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
          .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/health"))
              .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
      System.out.println(r.body());
      return r.statusCode() == 200 ? 0 : 1;
    } catch (Exception e) {
      System.out.println("unhealthy: " + e.getMessage());
      return 1;
    }
  }
}
