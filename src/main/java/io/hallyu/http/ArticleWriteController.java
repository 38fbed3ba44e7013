package io.hallyu.http;

import io.hallyu.index.LiveWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/articles} and {@code DELETE /api/articles/{id}}. Both answer only once the
 * change is committed, so a 2xx survives a crash.
 */
final class ArticleWriteController {
  private final LiveWriter writer;
  private final long maxBodyBytes;

  ArticleWriteController(LiveWriter writer, long maxBodyBytes) {
    this.writer = writer;
    this.maxBodyBytes = maxBodyBytes;
  }

  void post(Context ctx) throws IOException {
    LiveWriter.Result result = writer.write(ArticleBodies.read(ctx, maxBodyBytes));
    List<Map<String, Object>> rejected = result.rejected().stream()
        .map(r -> Map.<String, Object>of("index", r.index(), "error", r.error()))
        .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("indexed", result.indexed());
    body.put("rejected", rejected);
    body.put("ids", result.ids());
    ctx.json(body);
  }

  void delete(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!writer.delete(id)) {
      throw new HttpErrors.NotFoundException("no article with id '" + id + "'");
    }
    ctx.status(204);
  }
}
