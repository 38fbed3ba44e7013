package io.hallyu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers, for requests refused before they reach Javalin (a malformed URI, headers
 * too large, a bad chunk), in the API's {@code {"error": ...}} shape instead of an HTML page.
 */
final class JettyErrors extends ErrorHandler {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  JettyErrors() {
    setDefaultResponseMimeType("application/json");
    setShowStacks(false);
    setShowCauses(false);
  }

  /** Jetty writes bodies only for GET, POST and HEAD by default; a DELETE deserves one too. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void writeErrorJson(Request request, PrintWriter writer, int code, String message,
      Throwable cause) {
    writer.write(json(code, message));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(json(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  private static String json(int code, String message) {
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    try {
      return MAPPER.writeValueAsString(Map.of("error", text));
    } catch (JsonProcessingException e) {
      return "{\"error\": \"" + HttpStatus.getMessage(code) + "\"}";
    }
  }
}
