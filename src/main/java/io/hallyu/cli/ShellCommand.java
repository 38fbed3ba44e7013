package io.hallyu.cli;

import io.hallyu.Engine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code shell}: search interactively, with suggestions as you type. */
@Command(name = "shell", mixinStandardHelpOptions = true,
    description = {"Search interactively: suggestions as you type, Enter prints ranked hits.",
        "With standard input from a pipe or file, each line is one search (no suggestions)."})
public final class ShellCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.openReadOnly(index.settings(null).indexDir())) {
      Shell shell = new Shell(engine);
      if (System.console() == null) {
        // Not a terminal on both ends: a script's input, read plainly and without prompts.
        return shell.piped(
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
            new PrintWriter(System.out, true));
      }
      try (Terminal terminal = TerminalBuilder.builder().system(true)
          .encoding(StandardCharsets.UTF_8).build()) {
        return shell.interactive(terminal);
      }
    }
  }
}
