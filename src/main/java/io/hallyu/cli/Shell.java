package io.hallyu.cli;

import io.hallyu.Engine;
import io.hallyu.search.InvalidRequestException;
import io.hallyu.search.SearchRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive search loop behind the {@code shell} command: each line is a search, or
 * {@code artist=NAME} for that artist's articles, or a {@code :} command.
 */
final class Shell {
  static final String PROMPT = "hallyu> ";
  /** What choosing an artist suggestion puts on the line: a filter, not query words. */
  static final String ARTIST_PREFIX = "artist=";
  static final String HELP = String.join("\n",
      "Type a query and press Enter to search (Korean or English, any artist spelling).",
      "Suggestions show below the line as you type; Tab opens them as a menu, Tab/arrows move,",
      "Enter takes one. An artist puts 'artist=NAME' on the line: Enter then lists that",
      "artist's articles, newest first. A title puts the title on the line as the query.",
      "  artist=NAME  articles about NAME (any spelling)",
      "  :help        this text",
      "  :q, :quit    leave (Ctrl-D too)");

  private final Engine engine;

  Shell(Engine engine) {
    this.engine = engine;
  }

  /** Reads lines with editing and live suggestions until {@code :q} or Ctrl-D; returns 0. */
  int interactive(Terminal terminal) {
    LineReader reader = ShellCompleter.reader(terminal, engine.suggest());
    PrintWriter out = terminal.writer();
    out.println("Hallyu Search shell. :help for help, :q to quit.");
    while (true) {
      String line;
      try {
        line = reader.readLine(PROMPT);
      } catch (UserInterruptException e) {
        continue; // Ctrl-C drops the line being typed, as in a Unix shell
      } catch (EndOfFileException e) {
        break;
      }
      if (!handle(line, out)) {
        break;
      }
    }
    out.flush();
    return 0;
  }

  /** Reads plain lines (stdin is a pipe or file) until {@code :q} or end of input; returns 0. */
  int piped(BufferedReader in, PrintWriter out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (!handle(line, out)) {
        break;
      }
    }
    out.flush();
    return 0;
  }

  /** Runs one line; false when it asks to quit. */
  boolean handle(String line, PrintWriter out) {
    String text = line.strip();
    if (text.isEmpty()) {
      return true;
    }
    if (text.startsWith(":")) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case ":q", ":quit" -> {
          return false;
        }
        case ":help", ":h", ":?" -> out.println(HELP);
        default -> out.println("unknown command " + text + "; :help lists them");
      }
      out.flush();
      return true;
    }
    try {
      HitPrinter.print(engine.search().search(request(text)), out);
    } catch (InvalidRequestException e) {
      out.println("error: " + e.getMessage());
    } catch (IOException e) {
      out.println("error: cannot read the index: " + e.getMessage());
    }
    out.flush();
    return true;
  }

  static SearchRequest request(String text) {
    if (text.startsWith(ARTIST_PREFIX)) {
      return new SearchRequest("", List.of(text.substring(ARTIST_PREFIX.length())), List.of(),
          List.of(), null, null, null, 1, SearchRequest.DEFAULT_SIZE);
    }
    return SearchRequest.of(text);
  }
}
