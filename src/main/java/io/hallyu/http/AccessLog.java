package io.hallyu.http;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request through slf4j: {@code GET /api/search?q=iu 200 3.1 ms}. Headers
 * are never logged, and query parameters whose name suggests a credential are masked, so no
 * token reaches the log.
 */
final class AccessLog {
  static final String LOGGER = "io.hallyu.http.access";
  static final String MASK = "***";
  private static final List<String> SECRET_NAMES =
      List.of("token", "secret", "pass", "key", "auth", "sig", "session", "credential");

  private final Logger log = LoggerFactory.getLogger(LOGGER);

  void log(Context ctx, float millis) {
    if (!log.isInfoEnabled()) {
      return;
    }
    String query = ctx.queryString();
    String target = query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + mask(query);
    // No byte count: Javalin streams answers without a Content-Length to read it from.
    log.info("{} {} {} {} ms", ctx.method().name(), target, ctx.statusCode(), tenths(millis));
  }

  /** {@code 3.14159 → "3.1"}; String.format cost a few per cent of an uncached search. */
  static String tenths(float millis) {
    long t = Math.round(millis * 10.0);
    return t / 10 + "." + t % 10;
  }

  /** The raw query string with the values of credential-like parameters replaced. */
  static String mask(String query) {
    StringBuilder out = new StringBuilder(query.length());
    for (String pair : query.split("&", -1)) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.append(eq >= 0 && isSecret(name) ? name + "=" + MASK : pair);
    }
    return out.toString();
  }

  private static boolean isSecret(String rawName) {
    String name;
    try {
      name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      name = rawName;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_NAMES.stream().anyMatch(lower::contains);
  }
}
