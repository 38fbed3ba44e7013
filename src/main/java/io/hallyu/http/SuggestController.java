package io.hallyu.http;

import io.hallyu.suggest.SuggestService;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /api/suggest?q=...&size=8}: suggestions for a query being typed. */
final class SuggestController {
  private final SuggestService suggest;
  private final JsonAnswers json;

  SuggestController(SuggestService suggest, JsonAnswers json) {
    this.suggest = suggest;
    this.json = json;
  }

  void suggest(Context ctx) throws IOException {
    json.write(ctx, suggest.suggest(ctx.queryParam("q"),
        Params.integer(ctx, "size", SuggestService.DEFAULT_SIZE)));
  }
}
