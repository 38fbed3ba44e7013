package io.hallyu.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Writes the answers of the hot routes (search, suggest) as UTF-8 bytes straight from Jackson.
 * {@code ctx.json} builds a Java string and Javalin then encodes it; for a cached search answer,
 * Hangul snippets and all, that encoding alone was a quarter of the server's CPU.
 */
final class JsonAnswers {
  private final ObjectMapper mapper;

  JsonAnswers(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void write(Context ctx, Object answer) throws IOException {
    ctx.contentType(ContentType.APPLICATION_JSON).result(mapper.writeValueAsBytes(answer));
  }
}
