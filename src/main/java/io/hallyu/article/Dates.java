package io.hallyu.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date spellings news sources use. A date-time with an offset is moved to Korea time
 * before its day is taken, because that is the day Korean readers saw the article.
 */
public final class Dates {
  public static final ZoneId KST = ZoneId.of("Asia/Seoul");

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{4})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\.?");
  private static final Pattern KOREAN =
      Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
  private static final List<DateTimeFormatter> ENGLISH =
      List.of(formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"),
          formatter("d MMM uuuu"), formatter("MMMM d uuuu"), formatter("MMM. d, uuuu"));

  /** A date at the start of text, in any accepted spelling, and how many characters it used. */
  public record Match(LocalDate date, int length) {}

  private Dates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Parses a whole date string.
   *
   * @throws InvalidArticleException when the text is not a date or names an impossible day
   */
  public static LocalDate parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new InvalidArticleException("empty date");
    }
    Match m = parsePrefix(s);
    if (m != null && m.length() == s.length()) {
      return m.date();
    }
    throw new InvalidArticleException("unrecognised or impossible date '" + s + "'");
  }

  /** The date at the very start of {@code text}, or {@code null} when it does not start with one. */
  public static Match parsePrefix(String text) {
    Match dateTime = isoDateTime(text);
    if (dateTime != null) {
      return dateTime;
    }
    Matcher numeric = NUMERIC.matcher(text);
    if (numeric.lookingAt()) {
      return new Match(ymd(numeric.group(1), numeric.group(2), numeric.group(3)), numeric.end());
    }
    Matcher korean = KOREAN.matcher(text);
    if (korean.lookingAt()) {
      return new Match(ymd(korean.group(1), korean.group(2), korean.group(3)), korean.end());
    }
    return english(text);
  }

  private static Match isoDateTime(String text) {
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String token = text.substring(0, end);
    if (token.length() < 11 || token.charAt(10) != 'T') {
      return null;
    }
    try {
      return new Match(OffsetDateTime.parse(token).atZoneSameInstant(KST).toLocalDate(), end);
    } catch (DateTimeParseException e) {
      // no offset: the day as written
    }
    try {
      return new Match(LocalDateTime.parse(token).toLocalDate(), end);
    } catch (DateTimeParseException e) {
      throw new InvalidArticleException("unrecognised date-time '" + token + "'");
    }
  }

  private static Match english(String text) {
    // English dates are at most four words: "February 4, 2024", "4 Feb 2024".
    String[] words = text.split("\\s+", 5);
    for (int n = Math.min(4, words.length); n >= 3; n--) {
      String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
      String trimmed = candidate.replaceAll("[.,;:]+$", "");
      for (DateTimeFormatter f : ENGLISH) {
        try {
          LocalDate d = LocalDate.parse(trimmed, f);
          return new Match(d, text.indexOf(candidate) + trimmed.length());
        } catch (DateTimeParseException e) {
          // try the next spelling
        }
      }
    }
    return null;
  }

  private static LocalDate ymd(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      throw new InvalidArticleException("impossible date " + y + "-" + m + "-" + d);
    }
  }
}
