package io.hallyu.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Server and indexer settings. Flags win over environment variables, which win over defaults.
 *
 * @param indexDir where the Lucene index lives ({@code HALLYU_INDEX_DIR})
 * @param port HTTP port ({@code PORT}); 0 picks a free one
 * @param adminToken the bearer token write requests must carry ({@code HALLYU_ADMIN_TOKEN});
 *     {@code null} disables writes. Environment only: a flag would show in {@code ps}.
 * @param maxBodyBytes the largest request body the server reads ({@code HALLYU_MAX_BODY_BYTES})
 */
public record Settings(Path indexDir, int port, String adminToken, long maxBodyBytes) {
  public static final Path DEFAULT_INDEX_DIR = Path.of("index-data");
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  public Settings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 (got " + port + ")");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      // Bodies are read into one array, so the limit must fit in one.
      throw new IllegalArgumentException(
          "HALLYU_MAX_BODY_BYTES must be between 1 and 2147483639 (got " + maxBodyBytes + ")");
    }
    adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
  }

  /** Settings from flags (null when not given) over the environment over defaults. */
  public static Settings resolve(Path indexFlag, Integer portFlag, Map<String, String> env) {
    Path index = indexFlag != null ? indexFlag
        : env.containsKey("HALLYU_INDEX_DIR") ? Path.of(env.get("HALLYU_INDEX_DIR"))
        : DEFAULT_INDEX_DIR;
    // Clamped, not cast, so an absurd PORT fails the range check instead of wrapping around.
    int port = portFlag != null ? portFlag
        : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, number(env, "PORT", DEFAULT_PORT)));
    long maxBody = number(env, "HALLYU_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES);
    return new Settings(index, port, env.get("HALLYU_ADMIN_TOKEN"), maxBody);
  }

  /** Defaults only: writes disabled. */
  public static Settings defaults() {
    return resolve(null, null, Map.of());
  }

  public boolean writesEnabled() {
    return adminToken != null;
  }

  /** The same settings with another admin token (tests, embedding). */
  public Settings withAdminToken(String token) {
    return new Settings(indexDir, port, token, maxBodyBytes);
  }

  /** The same settings with another body limit. */
  public Settings withMaxBodyBytes(long bytes) {
    return new Settings(indexDir, port, adminToken, bytes);
  }

  /** Never prints the token, so settings can be logged. */
  @Override
  public String toString() {
    return "Settings[indexDir=" + indexDir + ", port=" + port + ", adminToken="
        + (adminToken == null ? "unset" : "set") + ", maxBodyBytes=" + maxBodyBytes + "]";
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number (got '" + v + "')");
    }
  }
}
