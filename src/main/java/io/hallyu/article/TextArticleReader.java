package io.hallyu.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article from plain text. The text may begin with header words ({@code date},
 * {@code title}, {@code outlet}, {@code url}, {@code lang}), each on its own line or running
 * straight on into the first sentence: {@code date 2024-02-04 On February 4, 2024, fans ...}.
 */
public final class TextArticleReader {
  private static final Pattern HEADER =
      Pattern.compile("(?i)(date|title|outlet|url|lang)\\s*:?[ \\t]+");

  private TextArticleReader() {}

  public static RawArticle parse(String text) {
    String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String date = null;
    String title = null;
    String outlet = null;
    String url = null;
    String lang = null;
    while (true) {
      rest = rest.stripLeading();
      Matcher m = HEADER.matcher(rest);
      if (!m.lookingAt()) {
        break;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      String after = rest.substring(m.end());
      int valueEnd = switch (key) {
        case "date" -> {
          // A date header must hold a date; "Date night..." is the article's first sentence.
          Dates.Match d = Dates.parsePrefix(after);
          yield d == null ? -1 : d.length();
        }
        case "url" -> after.startsWith("http://") || after.startsWith("https://") ? wordEnd(after) : -1;
        case "lang" -> wordEnd(after) == 2 ? 2 : -1;
        default -> lineEnd(after);
      };
      if (valueEnd < 0) {
        break;
      }
      String value = after.substring(0, valueEnd).strip();
      switch (key) {
        case "date" -> date = value;
        case "title" -> title = value;
        case "outlet" -> outlet = value;
        case "url" -> url = value;
        default -> lang = value;
      }
      rest = after.substring(valueEnd);
    }
    return new RawArticle(null, title, rest.strip(), date, outlet, url, lang, null);
  }

  private static int lineEnd(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s.length() : nl;
  }

  private static int wordEnd(String s) {
    int i = 0;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
