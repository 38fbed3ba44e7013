package io.hallyu.http;

import io.hallyu.search.InvalidRequestException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(name,
          name + " must be an ISO date like 2024-02-04 (got '" + v + "')");
    }
  }
}
