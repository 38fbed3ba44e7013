package io.hallyu.cli;

import io.hallyu.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} option every command shares. */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $HALLYU_INDEX_DIR or ./index-data).")
  Path index;

  Settings settings(Integer port) {
    return Settings.resolve(index, port, System.getenv());
  }
}
