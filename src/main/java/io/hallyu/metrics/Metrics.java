package io.hallyu.metrics;

import io.hallyu.index.ArticleIndex;
import io.hallyu.index.IndexListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One app's meters, in a registry of its own (never the global one, so two servers in one JVM,
 * as in the tests, count apart). Names start with {@code hallyu.}; Prometheus spells them
 * {@code hallyu_http_requests_seconds_count} and so on.
 */
public final class Metrics implements IndexListener, AutoCloseable {
  public static final String HTTP_REQUESTS = "hallyu.http.requests";
  public static final String DOCUMENTS_INDEXED = "hallyu.documents.indexed";
  public static final String DOCUMENTS_REJECTED = "hallyu.documents.rejected";
  public static final String INDEX_DOCUMENTS = "hallyu.index.documents";
  public static final String INDEX_SIZE = "hallyu.index.size";
  public static final String INDEX_REFRESH = "hallyu.index.refresh";
  public static final String INDEX_COMMIT = "hallyu.index.commit";
  public static final String INDEX_LOG_SYNC = "hallyu.index.log.sync";
  /** The Content-Type of {@link #scrape()}: Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  // Histogram buckets from 1 ms to 10 s bound each route's series to a few dozen.
  private static final Duration MIN_LATENCY = Duration.ofMillis(1);
  private static final Duration MAX_LATENCY = Duration.ofSeconds(10);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter indexed;
  private final Counter rejected;
  private final Timer refresh;
  private final Timer commit;
  private final Timer logSync;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /** Meters for the app serving {@code index}; call {@link #close()} when it stops. */
  public Metrics(ArticleIndex index) {
    indexed = Counter.builder(DOCUMENTS_INDEXED)
        .description("Documents added or replaced").register(registry);
    rejected = Counter.builder(DOCUMENTS_REJECTED)
        .description("Records that could not become documents").register(registry);
    refresh = Timer.builder(INDEX_REFRESH)
        .description("Near-real-time searcher refreshes").register(registry);
    commit = Timer.builder(INDEX_COMMIT)
        .description("Index commits: checkpoints of the write-ahead log").register(registry);
    logSync = Timer.builder(INDEX_LOG_SYNC)
        .description("Write-ahead log fsyncs, each shared by the writes waiting for it")
        .register(registry);
    Gauge.builder(INDEX_DOCUMENTS, index, i -> orNaN(i::documentCount))
        .description("Documents in the searchable view of the index")
        .strongReference(true).register(registry);
    Gauge.builder(INDEX_SIZE, index, i -> orNaN(i::sizeInBytes)).baseUnit("bytes")
        .description("Size of the index files on disk")
        .strongReference(true).register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Everything in Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  /**
   * Records one HTTP request.
   *
   * @param route the route template ({@code /api/articles/{id}}), never the raw path, so the
   *     number of series stays bounded
   */
  public void request(String method, String route, int status, long nanos) {
    Timer.builder(HTTP_REQUESTS)
        .description("HTTP requests by route, method and status")
        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(MIN_LATENCY).maximumExpectedValue(MAX_LATENCY)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void refreshed(long nanos) {
    refresh.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void committed(long nanos) {
    commit.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void logSynced(long nanos) {
    logSync.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void indexed() {
    indexed.increment();
  }

  @Override
  public void rejected() {
    rejected.increment();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }

  private interface IoSupplier {
    double get() throws IOException;
  }

  /** A gauge must not throw: an index that cannot answer (closed, say) reads as NaN. */
  private static double orNaN(IoSupplier value) {
    try {
      return value.get();
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
