package io.hallyu.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} refuses to send: invalid UTF-8 and
 * stray {@code %} in the request line, any header, any bytes in the body.
 */
public final class RawHttp {
  /** What came back; {@code status} is -1 when the server closed or reset before answering. */
  public record Reply(int status, String head, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Raised when the server did not answer in time: a hang. */
  public static final class Hang extends IOException {
    Hang(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code head} (request line and headers, without the blank line; {@code Connection:
   * close} is added) and {@code body}, and reads the whole answer.
   */
  public static Reply exchange(int port, byte[] head, byte[] body, int timeoutMillis)
      throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("localhost", port), timeoutMillis);
      s.setSoTimeout(timeoutMillis);
      OutputStream out = s.getOutputStream();
      try {
        out.write(head);
        out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer (413, 401) and close before a large body is sent: read that.
      }
      return read(s.getInputStream());
    }
  }

  /** Reads an answer until the server closes the connection. */
  public static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) >= 0) {
        all.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new Hang("no complete answer in time (" + all.size() + " bytes read)", e);
    } catch (IOException e) {
      // A reset after the answer was sent still leaves the answer readable below.
    }
    byte[] bytes = all.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
      return new Reply(-1, text, new byte[0]);
    }
    int status = Integer.parseInt(text.substring(9, 12));
    String head = end < 0 ? text : text.substring(0, end);
    byte[] body = end < 0 ? new byte[0]
        : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    return new Reply(status, head, body);
  }

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
