package io.hallyu;

import io.hallyu.article.ArticleFiles;
import io.hallyu.index.IngestSummary;
import io.hallyu.index.Ingester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small indexes for tests, built through the real ingestion path. */
public final class Fixtures {
  private Fixtures() {}

  /** Opens an engine on {@code dir} and indexes the JSON Lines given, committed and visible. */
  public static Engine engine(Path dir, String... jsonLines) throws IOException {
    Engine engine = Engine.open(dir);
    ingest(engine, jsonLines);
    return engine;
  }

  public static IngestSummary ingest(Engine engine, String... jsonLines) throws IOException {
    byte[] bytes = String.join("\n", jsonLines).getBytes(StandardCharsets.UTF_8);
    try (Ingester ingester = engine.ingester()) {
      ArticleFiles.read("fixture.jsonl", new ByteArrayInputStream(bytes), ingester);
      IngestSummary summary = ingester.finish();
      engine.index().commit();
      engine.index().refresh();
      return summary;
    }
  }

  /** The shared corpus folder ({@code ../shared/corpus}), from {@code HALLYU_CORPUS_DIR}. */
  public static Path corpusDir() {
    String env = System.getenv("HALLYU_CORPUS_DIR");
    Path dir = env != null ? Path.of(env) : Path.of("../shared/corpus");
    return Files.isDirectory(dir) ? dir : null;
  }
}
