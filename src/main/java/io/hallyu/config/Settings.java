package io.hallyu.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Server and indexer settings. Flags win over environment variables, which win over defaults.
 *
 * @param indexDir where the Lucene index lives ({@code HALLYU_INDEX_DIR})
 * @param port HTTP port ({@code PORT}); 0 picks a free one
 */
public record Settings(Path indexDir, int port) {
  public static final Path DEFAULT_INDEX_DIR = Path.of("index-data");
  public static final int DEFAULT_PORT = 7070;

  public Settings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 (got " + port + ")");
    }
  }

  /** Settings from flags (null when not given) over the environment over defaults. */
  public static Settings resolve(Path indexFlag, Integer portFlag, Map<String, String> env) {
    Path index = indexFlag != null ? indexFlag
        : env.containsKey("HALLYU_INDEX_DIR") ? Path.of(env.get("HALLYU_INDEX_DIR"))
        : DEFAULT_INDEX_DIR;
    int port;
    if (portFlag != null) {
      port = portFlag;
    } else if (env.containsKey("PORT")) {
      try {
        port = Integer.parseInt(env.get("PORT").strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("PORT must be a number (got '" + env.get("PORT") + "')");
      }
    } else {
      port = DEFAULT_PORT;
    }
    return new Settings(index, port);
  }
}
