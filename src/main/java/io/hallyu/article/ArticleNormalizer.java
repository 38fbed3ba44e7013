package io.hallyu.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Validates a {@link RawArticle} and fills what the source left out: a stable id, a title from
 * the first sentence, the outlet from the URL's host, and the language from the script.
 */
public final class ArticleNormalizer {
  static final int MAX_DERIVED_TITLE = 100;
  static final int MAX_ID_LENGTH = 512;
  static final int MAX_NAME_LENGTH = 200;

  private ArticleNormalizer() {}

  /**
   * @throws InvalidArticleException naming the problem (no text, impossible date, bad id ...)
   */
  public static Article normalize(RawArticle raw) {
    String title = clean(raw.title());
    String body = clean(raw.body());
    if (title == null && body == null) {
      throw new InvalidArticleException("record has no title and no body");
    }
    if (title == null) {
      title = firstSentence(body, MAX_DERIVED_TITLE);
    }
    LocalDate date = raw.date() == null || raw.date().isBlank() ? null : Dates.parse(raw.date());
    String url = clean(raw.url());
    String outlet = clean(raw.outlet());
    if (outlet == null && url != null) {
      outlet = host(url);
    }
    String lang = clean(raw.lang());
    lang = lang == null ? detectLanguage(title + " " + (body == null ? "" : body))
        : lang.toLowerCase(Locale.ROOT);
    String id = clean(raw.id());
    if (id == null) {
      id = url != null ? "u-" + hash(url) : "c-" + hash(title + "\n" + (body == null ? "" : body));
    } else if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidArticleException("id longer than " + MAX_ID_LENGTH + " characters");
    }
    checkLength("outlet", outlet, MAX_NAME_LENGTH);
    checkLength("lang", lang, 16);
    for (String artist : raw.artists()) {
      checkLength("artist name", artist, MAX_NAME_LENGTH);
    }
    return new Article(id, title, body, date, outlet, url, lang, raw.artists());
  }

  private static void checkLength(String what, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidArticleException(what + " longer than " + max + " characters");
    }
  }

  /** {@code ko} when Hangul makes up most of the letters, else {@code en}. */
  public static String detectLanguage(String text) {
    int hangul = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
          hangul++;
        }
      }
    }
    // Hangul packs a syllable into one letter, Latin spells it out: weigh them about even.
    return hangul * 3 >= letters - hangul && hangul > 0 ? "ko" : "en";
  }

  /** The first sentence of {@code text}, cut at a word boundary to at most {@code max} chars. */
  static String firstSentence(String text, int max) {
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        end = c == '\n' ? i : i + 1;
        break;
      }
    }
    String sentence = text.substring(0, end).strip();
    if (sentence.length() <= max) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', max - 1);
    return (cut > max / 3 ? sentence.substring(0, cut) : sentence.substring(0, max - 1)) + "…";
  }

  static String host(String url) {
    try {
      String host = new URI(url).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
