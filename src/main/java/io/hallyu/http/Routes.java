package io.hallyu.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/** Names a request's route for metrics with a bounded set of values. */
final class Routes {
  static final String UNMATCHED = "unmatched";
  static final String STATIC = "static";

  private Routes() {}

  /**
   * The matched route template ({@code /api/articles/{id}}), so one series serves every id;
   * a request no route matched is {@code static} when a file answered it, else
   * {@code unmatched}, whatever its path.
   */
  static String template(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null) {
      return endpoint.path;
    }
    return ctx.statusCode() < 400 ? STATIC : UNMATCHED;
  }
}
