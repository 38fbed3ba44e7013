package io.hallyu.cli;

import io.hallyu.suggest.SuggestService;
import io.hallyu.suggest.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.CompletionMatcher;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The shell's suggestions as JLine completions. JLine completes words and filters candidates by
 * prefix; a search box is one phrase and its matching is {@link SuggestService}'s (half-typed
 * syllables, initials, the other keyboard layout), so here the whole line is the "word", every
 * candidate the service returns is kept, and they stay in the service's order.
 */
final class ShellCompleter implements Completer {
  static final String ARTISTS = "artists";
  static final String TITLES = "titles";

  private final SuggestService suggest;

  ShellCompleter(SuggestService suggest) {
    this.suggest = suggest;
  }

  /**
   * A line reader that lists suggestions below the line on every key (JLine's completer
   * autosuggestion; not on a dumb terminal) and opens them as a menu on Tab.
   */
  static LineReader reader(Terminal terminal, SuggestService suggest) {
    LineReaderImpl reader = new LineReaderImpl(terminal, "hallyu-search", new HashMap<>()) {
      @Override
      protected Comparator<Candidate> getCandidateComparator(boolean caseInsensitive,
          String word) {
        return Comparator.naturalOrder(); // Candidate.sort: the service's rank
      }
    };
    reader.setCompleter(new ShellCompleter(suggest));
    reader.setParser(new WholeLine());
    reader.setCompletionMatcher(new KeepAll());
    reader.setAutosuggestion(LineReader.SuggestionType.COMPLETER);
    reader.setOpt(LineReader.Option.MENU_COMPLETE);
    reader.setOpt(LineReader.Option.AUTO_MENU_LIST);
    reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION); // '!' is text to search, not history
    reader.setVariable(LineReader.SUGGESTIONS_MIN_BUFFER_SIZE, 1);
    return reader;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String text = line.line();
    if (text.isBlank() || text.startsWith(":") || text.startsWith(Shell.ARTIST_PREFIX)
        || text.length() > SuggestService.MAX_QUERY_LENGTH) {
      return;
    }
    List<Suggestion> found;
    try {
      found = suggest.suggest(text, SuggestService.DEFAULT_SIZE).suggestions();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int rank = 0;
    for (Suggestion s : found) {
      candidates.add(candidate(s, rank++));
    }
  }

  static Candidate candidate(Suggestion s, int rank) {
    if (Suggestion.ARTIST.equals(s.type())) {
      return new Candidate(Shell.ARTIST_PREFIX + s.value(), s.text(), ARTISTS, s.detail(), null,
          null, false, rank);
    }
    return new Candidate(s.text(), s.text(), TITLES, null, null, null, false, rank);
  }

  /** The whole line is one word, so a chosen suggestion replaces everything typed. */
  private static final class WholeLine implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      return new Parsed(line, cursor);
    }
  }

  private record Parsed(String line, int cursor) implements CompletingParsedLine {
    @Override
    public String word() {
      return line;
    }

    @Override
    public int wordCursor() {
      return cursor;
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(line);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate; // nothing on the line is syntax
    }

    @Override
    public int rawWordCursor() {
      return cursor;
    }

    @Override
    public int rawWordLength() {
      return line.length();
    }
  }

  /** The service already matched; JLine's prefix filter would drop 아이유 for 아이ㅇ. */
  private static final class KeepAll implements CompletionMatcher {
    @Override
    public void compile(Map<LineReader.Option, Boolean> options, boolean prefix,
        CompletingParsedLine line, boolean caseInsensitive, int errors, String originalGroupName) {}

    @Override
    public List<Candidate> matches(List<Candidate> candidates) {
      return candidates;
    }

    @Override
    public Candidate exactMatch() {
      return null;
    }

    @Override
    public String getCommonPrefix() {
      return "";
    }
  }
}
