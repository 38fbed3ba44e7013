package io.hallyu.http;

import io.hallyu.article.FeedFetchException;
import io.hallyu.article.InvalidFeedException;
import io.hallyu.search.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps failures to HTTP answers in one place, always with a JSON body naming the problem. */
final class HttpErrors {
  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

  private HttpErrors() {}

  /** A resource that does not exist. */
  static final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
      super(message);
    }
  }

  static Map<String, Object> body(String error, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    return body;
  }

  static void register(JavalinConfig config) {
    config.routes.exception(InvalidRequestException.class,
        (e, ctx) -> ctx.status(400).json(body(e.getMessage(), e.parameter())));
    // A feed that cannot be fetched or read: the request was well formed, its target is not.
    config.routes.exception(FeedFetchException.class,
        (e, ctx) -> ctx.status(422).json(body(e.getMessage(), "url")));
    config.routes.exception(InvalidFeedException.class,
        (e, ctx) -> ctx.status(422).json(body(e.getMessage(), null)));
    config.routes.exception(NotFoundException.class,
        (e, ctx) -> ctx.status(404).json(body(e.getMessage(), null)));
    // Javalin's own answers (unknown endpoint, 405, 413 ...) get the same JSON shape.
    config.routes.exception(HttpResponseException.class,
        (e, ctx) -> ctx.status(e.getStatus()).json(body(e.getMessage(), null)));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(500).json(body("internal error", null));
    });
  }
}
