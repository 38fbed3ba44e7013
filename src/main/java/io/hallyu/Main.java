package io.hallyu;

import io.hallyu.cli.HealthCommand;
import io.hallyu.cli.IndexCommand;
import io.hallyu.cli.SearchCommand;
import io.hallyu.cli.ServeCommand;
import io.hallyu.cli.ShellCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code index}, {@code serve}, {@code search}, {@code shell},
 * {@code health}.
 */
@Command(name = "hallyu-search", mixinStandardHelpOptions = true, version = "hallyu-search 0.1",
    description = "Bilingual (Korean/English) K-pop news search on Lucene.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class,
        ShellCommand.class, HealthCommand.class})
public final class Main implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("error: " + e.getMessage());
          return 1;
        })
        .execute(args);
  }
}
