package io.hallyu.http;

import io.hallyu.suggest.SuggestService;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /api/suggest?q=...&size=8}: suggestions for a query being typed. */
final class SuggestController {
  private final SuggestService suggest;

  SuggestController(SuggestService suggest) {
    this.suggest = suggest;
  }

  void suggest(Context ctx) throws IOException {
    ctx.json(suggest.suggest(ctx.queryParam("q"),
        Params.integer(ctx, "size", SuggestService.DEFAULT_SIZE)));
  }
}
