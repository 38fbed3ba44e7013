package io.hallyu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.http.HttpTestClient;
import io.hallyu.http.RawHttp;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a process: graceful SIGTERM, and one server per index directory. */
class ServeLifecycleTest {
  static final String TOKEN = "lifecycle-test-token";
  @TempDir Path tmp;

  @Test
  void sigterm_finishes_the_request_in_flight_refuses_new_ones_and_commits() throws Exception {
    Path dir = tmp.resolve("index");
    Set<String> acked = ConcurrentHashMap.newKeySet();
    int exit;
    try (ServerProcess server = ServerProcess.start(dir, TOKEN)) {
      int port = server.awaitPort();
      HttpTestClient http = new HttpTestClient(port);
      // Writers stream until the server goes away; whatever they got a 200 for must survive.
      AtomicBoolean stop = new AtomicBoolean();
      Thread writer = new Thread(() -> {
        for (int n = 0; !stop.get(); n++) {
          String id = "term-stream-" + n;
          try {
            var a = http.post("/api/articles", "application/json",
                "{\"id\": \"" + id + "\", \"title\": \"Streamed " + id + "\"}", TOKEN);
            if (a.status() == 200) {
              acked.add(id);
            }
          } catch (Exception e) {
            return;
          }
        }
      });
      writer.start();

      // A request in flight: headers and half the body now, the rest after SIGTERM.
      StringBuilder ndjson = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        ndjson.append("{\"id\": \"in-flight-").append(i).append("\", \"title\": \"Sent across a")
            .append(" shutdown ").append(i).append("\"}\n");
      }
      byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 5000);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(RawHttp.ascii("POST /api/articles HTTP/1.1\r\nHost: localhost\r\n"
            + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/x-ndjson\r\n"
            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n"));
        out.write(body, 0, body.length / 2);
        out.flush();
        Thread.sleep(500);

        long sigterm = System.nanoTime();
        server.process().destroy(); // SIGTERM
        Thread.sleep(700);
        assertTrue(server.process().isAlive(), "the server must wait for the request in flight");
        assertTrue(refusesConnections(port), "a stopping server must not accept new connections");

        out.write(body, body.length / 2, body.length - body.length / 2);
        out.flush();
        RawHttp.Reply reply = RawHttp.read(socket.getInputStream());
        assertEquals(200, reply.status(), reply.head() + "\n" + reply.text());
        assertTrue(reply.text().contains("\"indexed\":20"), reply.text());
        exit = server.waitFor();
        stop.set(true);
        writer.join(10_000);
        System.out.printf("SIGTERM: request in flight answered 200, %d streamed writes "
            + "acknowledged, exit code %d after %d ms%n", acked.size(), exit,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm));
      }
      assertEquals(ServerProcess.SIGTERM_EXIT, exit, server.output());
      assertTrue(server.output().contains("Stopped: index committed and closed"), server.output());
    }

    try (ServerProcess again = ServerProcess.start(dir, TOKEN)) {
      HttpTestClient http = new HttpTestClient(again.awaitPort());
      for (int i = 0; i < 20; i++) {
        assertEquals(200, http.get("/api/articles/in-flight-" + i).status(), "in-flight-" + i);
      }
      for (String id : acked) {
        assertEquals(200, http.get("/api/articles/" + id).status(), id);
      }
      again.terminate();
    }
  }

  @Test
  void a_second_server_on_the_same_index_fails_fast_with_a_clear_message() throws Exception {
    Path dir = tmp.resolve("shared-index");
    try (ServerProcess first = ServerProcess.start(dir, TOKEN)) {
      HttpTestClient http = new HttpTestClient(first.awaitPort());
      long start = System.nanoTime();
      try (ServerProcess second = ServerProcess.start(dir, TOKEN)) {
        int exit = second.waitFor();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("second server: exit %d after %d ms: %s%n", exit, millis,
            second.output().strip());
        assertNotEquals(0, exit);
        assertTrue(second.output().contains("is already open in another process"), second.output());
        assertTrue(second.output().contains(dir.toAbsolutePath().toString()), second.output());
      }
      assertEquals(200, http.get("/health").status(), "the first server is unharmed");
      assertEquals(200, http.post("/api/articles", "application/json",
          "{\"title\": \"Still writable\"}", TOKEN).status());
      first.terminate();
    }
  }

  /** Whether a new connection is refused, or accepted but closed without an answer. */
  private static boolean refusesConnections(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("localhost", port), 2000);
      s.setSoTimeout(3000);
      s.getOutputStream().write(RawHttp.ascii("GET /health HTTP/1.1\r\nHost: x\r\n"
          + "Connection: close\r\n\r\n"));
      RawHttp.Reply r = RawHttp.read(s.getInputStream());
      return r.status() == -1 || r.status() == 503;
    } catch (ConnectException e) {
      return true;
    } catch (Exception e) {
      return e instanceof java.net.SocketException;
    }
  }
}
