package io.hallyu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hallyu.article.JsonArticleReader;
import io.hallyu.article.SourceRecord;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a write request's body into article records: one JSON object, a JSON array, or NDJSON.
 * The body is read whole (within the limit) before anything is indexed, so a 400 or 413 leaves the
 * index untouched.
 */
final class ArticleBodies {
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  private static final String SOURCE = "request";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ArticleBodies() {}

  /** The request's articles, in body order; a record that cannot be read is a failed record. */
  static List<SourceRecord> read(Context ctx, long maxBytes) throws IOException {
    boolean ndjson = ndjson(ctx.header("Content-Type"));
    byte[] body = bytes(ctx, maxBytes);
    try {
      return ndjson ? lines(body) : document(body);
    } catch (CharacterCodingException e) {
      throw new BadRequestResponse("the body is not valid UTF-8");
    }
  }

  /** Whether the content type is NDJSON (else JSON); anything else is a 415. */
  private static boolean ndjson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw new UnsupportedMediaTypeResponse(
          "send Content-Type: application/json (an article or an array) or application/x-ndjson");
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv[0].strip().equalsIgnoreCase("charset")) {
        String charset = kv.length < 2 ? "" : kv[1].strip().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          throw new UnsupportedMediaTypeResponse("bodies must be UTF-8 (got charset " + charset + ")");
        }
      }
    }
    if (type.equals(JSON)) {
      return false;
    }
    if (type.equals(NDJSON)) {
      return true;
    }
    throw new UnsupportedMediaTypeResponse("unsupported Content-Type " + type
        + "; send application/json (an article or an array) or application/x-ndjson");
  }

  /** The whole body, refusing more than {@code maxBytes}: by its length up front, or while reading. */
  private static byte[] bytes(Context ctx, long maxBytes) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    InputStream in = ctx.req().getInputStream();
    if (declared > maxBytes) {
      // Refused by its length, but read (up to twice the limit) as a chunked one is: a client
      // still writing it would otherwise see the connection reset instead of the 413.
      drain(in, Math.min(declared, 2 * maxBytes));
      throw tooLarge(maxBytes);
    }
    // A chunked body declares no length: read one byte past the limit to notice it.
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (body.length > maxBytes) {
      drain(in, maxBytes);
      throw tooLarge(maxBytes);
    }
    return body;
  }

  /**
   * Reads and drops up to {@code max} more bytes of a refused body. A client that writes its whole
   * body before reading (as most do) would otherwise see the connection reset and lose the 413.
   */
  private static void drain(InputStream in, long max) throws IOException {
    byte[] scratch = new byte[8192];
    long left = max;
    for (int n; left > 0 && (n = in.read(scratch, 0, (int) Math.min(scratch.length, left))) > 0; ) {
      left -= n;
    }
  }

  private static ContentTooLargeResponse tooLarge(long maxBytes) {
    return new ContentTooLargeResponse("the body is larger than the limit of " + maxBytes
        + " bytes (HALLYU_MAX_BODY_BYTES); send smaller batches");
  }

  private static List<SourceRecord> document(byte[] body) throws IOException {
    JsonNode root;
    try (Reader in = utf8(body)) {
      root = MAPPER.readTree(in);
    } catch (CharacterCodingException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new BadRequestResponse("the body is empty; send an article object or an array");
    }
    List<SourceRecord> records = new ArrayList<>();
    if (root.isObject()) {
      records.add(JsonArticleReader.fromNode(SOURCE, 1, root));
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        records.add(JsonArticleReader.fromNode(SOURCE, i + 1, root.get(i)));
      }
    } else {
      throw new BadRequestResponse(
          "expected an article object or an array of them, got " + root.getNodeType());
    }
    return records;
  }

  /** One record a non-blank line, each parsed on its own (a bad line rejects only itself). */
  private static List<SourceRecord> lines(byte[] body) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(utf8(body))) {
      JsonArticleReader.readLines(SOURCE, in, records::add);
    }
    return records;
  }

  /** A strict UTF-8 reader: malformed bytes are an error, not silently replaced. */
  private static Reader utf8(byte[] body) {
    return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
