package io.hallyu.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;

/**
 * Who may change the index: routes declared with {@link Role#WRITE} need {@code Authorization:
 * Bearer <token>} matching the configured admin token. The check runs once, before the matched
 * handler, and before any body is read. Reads stay public.
 */
final class WriteAccess {
  /** Route roles; a write route must carry {@link #WRITE}. */
  enum Role implements RouteRole { WRITE }

  static final String DISABLED =
      "writes are disabled: set HALLYU_ADMIN_TOKEN to enable them";
  private static final Set<HandlerType> WRITE_METHODS =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  /** SHA-256 of the token: equal-length digests make the comparison constant-time. */
  private final byte[] tokenDigest;

  WriteAccess(String adminToken) {
    this.tokenDigest = adminToken == null ? null : sha256(adminToken);
  }

  /**
   * Installs the check, and refuses to build an app with a state-changing route that forgot its
   * role: that route would otherwise be open to anyone.
   */
  void register(JavalinConfig config) {
    config.events.handlerAdded(meta -> {
      if (WRITE_METHODS.contains(meta.getHttpMethod()) && !meta.getRoles().contains(Role.WRITE)) {
        throw new IllegalStateException(meta.getHttpMethod() + " " + meta.getPath()
            + " changes state but is not declared with WriteAccess.Role.WRITE");
      }
    });
    config.routes.beforeMatched(this::check);
  }

  private void check(Context ctx) {
    if (!ctx.routeRoles().contains(Role.WRITE)) {
      return;
    }
    if (tokenDigest == null) {
      throw new ForbiddenResponse(DISABLED);
    }
    String given = bearer(ctx.header("Authorization"));
    if (given == null || !MessageDigest.isEqual(tokenDigest, sha256(given))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"hallyu\"");
      throw new UnauthorizedResponse(given == null
          ? "this route needs an Authorization: Bearer <token> header"
          : "the bearer token is not valid");
    }
  }

  /** The token of a {@code Bearer} authorization, or null. */
  private static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.strip();
    int space = h.indexOf(' ');
    if (space < 0 || !h.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      return null;
    }
    String token = h.substring(space + 1).strip();
    return token.isEmpty() ? null : token;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
