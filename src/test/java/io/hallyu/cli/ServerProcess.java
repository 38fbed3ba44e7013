package io.hallyu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code serve} in its own JVM, as an operator runs it, so tests can SIGKILL and SIGTERM it. */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Hallyu Search on http://localhost:(\\d+)/");
  static final int SIGKILL_EXIT = 128 + 9;
  static final int SIGTERM_EXIT = 128 + 15;

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Integer> port = new CompletableFuture<>();

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "server-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
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
    pb.redirectErrorStream(true);
    return new ServerProcess(pb.start());
  }

  private void readOutput() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        output.add(line);
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      // the process is gone
    } finally {
      port.completeExceptionally(new IllegalStateException("server exited before listening:\n"
          + String.join("\n", output)));
    }
  }

  /** Waits until the server listens and returns its port. */
  int awaitPort() throws Exception {
    return port.get(60, TimeUnit.SECONDS);
  }

  Process process() {
    return process;
  }

  String output() {
    return String.join("\n", output);
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
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
