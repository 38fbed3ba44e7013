package io.hallyu.article;

/**
 * One record read from a file: either a {@link RawArticle} or the reason it could not be read.
 *
 * @param line 1-based line (JSON Lines, text) or the line where a JSON array element starts
 */
public record SourceRecord(String file, int line, RawArticle article, String error) {

  public static SourceRecord ok(String file, int line, RawArticle article) {
    return new SourceRecord(file, line, article, null);
  }

  public static SourceRecord failed(String file, int line, String error) {
    return new SourceRecord(file, line, null, error);
  }

  public boolean isOk() {
    return article != null;
  }
}
