package io.hallyu.http;

import io.hallyu.search.InvalidRequestException;
import io.hallyu.search.SearchRequest;
import io.javalin.http.Context;
import java.time.LocalDate;

/** Reads query parameters, turning malformed values into a 400 that names the parameter. */
final class Params {
  private Params() {}

  static int integer(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name, name + " must be a whole number (got '" + v + "')");
    }
  }

  static LocalDate date(Context ctx, String name) {
    return SearchRequest.parseDate(name, ctx.queryParam(name));
  }
}
