package io.hallyu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hallyu.Engine;
import io.hallyu.search.SearchRequest;
import io.hallyu.suggest.SuggestService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.reader.Candidate;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell on the bundled sample corpus: keystrokes through a real JLine terminal, and pipes. */
class ShellTest {
  @TempDir static Path dir;
  private Engine engine;

  @BeforeAll
  static void indexSample() throws IOException {
    try (Engine writable = Engine.open(dir)) {
      writable.indexSample();
    }
  }

  @BeforeEach
  void open() throws IOException {
    engine = Engine.openReadOnly(dir);
  }

  @AfterEach
  void close() throws IOException {
    engine.close();
  }

  @Test
  void suggestions_keep_the_service_order_artists_first_and_an_artist_fills_in_a_filter() {
    List<Candidate> got = candidates("아이ㅇ");
    assertEquals("artist=IU", got.get(0).value());
    assertEquals("아이유", got.get(0).displ());
    assertEquals("IU (아이유) · solo", got.get(0).descr());
    int firstTitle = indexOfGroup(got, ShellCompleter.TITLES);
    assertTrue(firstTitle > 0, "titles follow artists: " + got);
    assertTrue(got.subList(firstTitle, got.size()).stream()
        .allMatch(c -> ShellCompleter.TITLES.equals(c.group())), "no artist after a title");
    for (int i = 0; i < got.size(); i++) {
      assertEquals(i, got.get(i).sort(), "kept in the service's rank");
    }
    assertEquals("artist=IU", candidates("dkdldb").get(0).value()); // typed on the wrong layout
    assertEquals("artist=BTS", candidates("ㅂㅌㅅㄴㄷ").get(0).value());
    assertTrue(candidates("artist=IU").isEmpty());
    assertTrue(candidates(":q").isEmpty());
  }

  @Test
  void typing_lists_suggestions_below_the_line_and_tab_enter_enter_searches_the_artist()
      throws Exception {
    try (Session s = new Session()) {
      s.type("아이ㅇ");
      s.await("IU (아이유) · solo"); // the artist's detail is only ever in the suggestion list
      s.await("Love wins all"); // and a title under it
      s.type("\t");
      s.await("artist=IU");
      s.type("\r"); // takes the menu's choice
      s.type("\r"); // runs the line
      long total = engine.search().search(Shell.request("artist=IU")).total();
      s.await(total + " results (");
      s.type(":q\r");
      assertEquals(0, s.exitCode());
      assertTrue(s.screen().contains("아이유"), s.screen());
    }
  }

  @Test
  void piped_lines_each_run_a_search_and_q_exits_0_without_reading_further() {
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream("뷔\n:q\n아이유\n".getBytes(StandardCharsets.UTF_8)));
    String out;
    try {
      out = CommandLineTest.run(0, "shell", "--index", dir.toString());
    } finally {
      System.setIn(stdin);
    }
    assertTrue(out.contains("results for \"뷔\""), out);
    assertTrue(out.contains("방탄소년단 뷔, 첫 솔로 앨범 'Layover' 발표"), out);
    assertTrue(out.contains("[BTS, V]"), out);
    assertFalse(out.contains("for \"아이유\""), out);
    assertFalse(out.contains("hallyu>"), "no prompt for a script: " + out);
  }

  @Test
  void an_artist_line_filters_by_any_spelling_and_colon_commands_answer() throws IOException {
    Shell shell = new Shell(engine);
    StringWriter buf = new StringWriter();
    PrintWriter out = new PrintWriter(buf);
    assertTrue(shell.handle("artist=뷔", out));
    long total = engine.search().search(new SearchRequest("", List.of("V"), List.of(), List.of(),
        null, null, null, 1, 10)).total();
    assertTrue(buf.toString().startsWith(total + " results ("), buf.toString());
    assertTrue(shell.handle(":help", out));
    assertTrue(buf.toString().contains("artist=NAME"), buf.toString());
    assertTrue(shell.handle(":nope", out));
    assertTrue(buf.toString().contains("unknown command :nope"), buf.toString());
    assertFalse(shell.handle(":quit", out));
    assertFalse(shell.handle(" :Q ", out));
  }

  private List<Candidate> candidates(String typed) {
    ShellCompleter completer = new ShellCompleter(engine.suggest());
    List<Candidate> got = new ArrayList<>();
    completer.complete(null, new org.jline.reader.impl.DefaultParser().parse(typed, typed.length()),
        got);
    return got;
  }

  private static int indexOfGroup(List<Candidate> candidates, String group) {
    for (int i = 0; i < candidates.size(); i++) {
      if (group.equals(candidates.get(i).group())) {
        return i;
      }
    }
    return -1;
  }

  /** The interactive shell on an xterm-like terminal over in-memory streams. */
  private final class Session implements AutoCloseable {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final CompletableFuture<Integer> exit;

    Session() throws IOException {
      PipedInputStream in = new PipedInputStream(keys, 4096);
      terminal = TerminalBuilder.builder().system(false).streams(in, screen).type("xterm")
          .encoding(StandardCharsets.UTF_8).size(new Size(100, 30)).build();
      Shell shell = new Shell(engine);
      exit = CompletableFuture.supplyAsync(() -> shell.interactive(terminal));
    }

    void type(String text) throws IOException {
      keys.write(text.getBytes(StandardCharsets.UTF_8));
      keys.flush();
    }

    /** Waits until the terminal has been sent {@code text} (escape sequences removed). */
    void await(String text) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < deadline) {
        if (screen().contains(text)) {
          return;
        }
        Thread.sleep(20);
      }
      fail("never shown: " + text + "\n--- screen ---\n" + screen());
    }

    String screen() {
      synchronized (screen) {
        return screen.toString(StandardCharsets.UTF_8)
            .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[()][0-9A-Za-z]|\u001b[=>]", "");
      }
    }

    int exitCode() throws Exception {
      return exit.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
      keys.close();
      terminal.close();
    }
  }
}
