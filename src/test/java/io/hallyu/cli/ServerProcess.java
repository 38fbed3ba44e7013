package io.hallyu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code serve} in its own JVM, as an operator runs it, so tests can SIGKILL and SIGTERM it. */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Hallyu Search on http://localhost:(\\d+)/");
  static final int SIGKILL_EXIT = 128 + 9;
  static final int SIGTERM_EXIT = 128 + 15;

  private final Process process;
  /** A file, not a pipe: Process.destroy closes the pipes, and the last lines come after it. */
  private final Path log;

  private ServerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code serve --index dir --port 0} with {@code HALLYU_ADMIN_TOKEN=token}. */
  static ServerProcess start(Path dir, String token) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Under surefire java.class.path may be a manifest-only booter jar; the real path is here.
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC",
        "-Dfile.encoding=UTF-8", "-cp", classpath, "io.hallyu.Main", "serve",
        "--index", dir.toString(), "--port", "0");
    pb.environment().remove("HALLYU_ADMIN_TOKEN");
    if (token != null) {
      pb.environment().put("HALLYU_ADMIN_TOKEN", token);
    }
    Path log = Files.createTempFile("hallyu-serve-", ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ServerProcess(pb.start(), log);
  }

  /** Waits until the server listens and returns its port. */
  int awaitPort() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher m = LISTENING.matcher(output());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited before listening:\n" + output());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("server not listening after 60 s:\n" + output());
  }

  Process process() {
    return process;
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }

  /** SIGKILL (Process.destroyForcibly is SIGKILL on Linux); returns the exit code. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return waitFor();
  }

  /** SIGTERM (Process.destroy); returns the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    return waitFor();
  }

  int waitFor() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("server did not exit:\n" + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(log);
  }
}
