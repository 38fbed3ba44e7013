package io.hallyu.http;

import io.hallyu.article.Article;
import io.hallyu.search.SearchRequest;
import io.hallyu.search.SearchService;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /api/search} and {@code GET /api/articles/{id}}. */
final class SearchController {
  private final SearchService search;
  private final JsonAnswers json;

  SearchController(SearchService search, JsonAnswers json) {
    this.search = search;
    this.json = json;
  }

  void search(Context ctx) throws IOException {
    String sort = ctx.queryParam("sort");
    SearchRequest request = new SearchRequest(
        ctx.queryParam("q"),
        ctx.queryParams("artist"),
        ctx.queryParams("outlet"),
        ctx.queryParams("lang"),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        sort == null || sort.isBlank() ? null : SearchRequest.Sort.parse(sort),
        Params.integer(ctx, "page", 1),
        Params.integer(ctx, "size", SearchRequest.DEFAULT_SIZE));
    json.write(ctx, search.search(request));
  }

  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article article = search.article(id);
    if (article == null) {
      throw new HttpErrors.NotFoundException("no article with id '" + id + "'");
    }
    ctx.json(article);
  }
}
