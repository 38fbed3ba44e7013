package io.hallyu.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hallyu.article.Article;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The write-ahead log of a running index: every upsert and delete is appended here before it is
 * acknowledged, so a write is durable once the log is fsynced, long before Lucene commits it.
 * Lucene commits (checkpoints) then come seldom and flush large segments, rather than one small
 * segment per acknowledged batch.
 *
 * <p>The log is a series of files {@code wal/wal-GENERATION.log}. A checkpoint {@link #roll}s to a
 * new generation, commits the index with that generation in its commit data, then deletes the
 * older files: everything in them is in the commit. On open, {@link #replay} applies what the
 * files from the committed generation on hold. Each entry is framed as its length, its CRC-32,
 * then one JSON operation; a torn last entry (the process died while writing it, before it was
 * acknowledged) ends the replay of its file.
 *
 * <p>Thread-safe: appends are serialised; {@link #sync} may run beside them.
 */
final class WriteAheadLog implements Closeable {
  static final String DIR = "wal";
  /** Commit-data key: the first log generation the commit does not hold. */
  static final String COMMIT_KEY = "wal.generation";
  private static final Pattern FILE = Pattern.compile("wal-(\\d{10})\\.log");
  private static final int MAX_ENTRY_BYTES = 64 << 20;
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper READER = new ObjectMapper();

  private final Path dir;
  private final Object appendLock = new Object();
  private final Object syncLock = new Object();

  // Guarded by appendLock.
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
  private FileChannel channel;
  private long generation;
  private long appended;
  private long bytesInGeneration;

  /** Opens a new, empty file of {@code generation} in {@code indexDir/wal}. */
  WriteAheadLog(Path indexDir, long generation) throws IOException {
    this.dir = indexDir.resolve(DIR);
    Files.createDirectories(dir);
    this.generation = generation;
    this.channel = openNew(generation);
  }

  /** One logged operation: an upsert of {@code article}, or a delete of {@code id}. */
  record Op(Article article, String id) {
    static Op upsert(Article article) {
      return new Op(article, article.id());
    }

    static Op delete(String id) {
      return new Op(null, id);
    }

    boolean isDelete() {
      return article == null;
    }
  }

  /**
   * Appends an operation {@linkplain #encode encoded} outside any lock (buffered; durable after
   * the next {@link #sync}).
   *
   * @return its ticket: {@link #sync} returning this or more means it is on disk
   */
  long append(byte[] payload) {
    CRC32 crc = new CRC32();
    crc.update(payload);
    synchronized (appendLock) {
      writeInt(payload.length);
      writeInt((int) crc.getValue());
      pending.write(payload, 0, payload.length);
      bytesInGeneration += 8 + payload.length;
      return ++appended;
    }
  }

  /** Writes and fsyncs everything appended so far; returns the highest ticket now durable. */
  long sync() throws IOException {
    synchronized (syncLock) {
      FileChannel target;
      long upTo;
      synchronized (appendLock) {
        drain();
        target = channel;
        upTo = appended;
      }
      target.force(false);
      return upTo;
    }
  }

  /**
   * Makes the current file durable and starts the next generation; returns it. Every entry
   * appended before the call is in an older file.
   */
  long roll() throws IOException {
    synchronized (syncLock) {
      synchronized (appendLock) {
        drain();
        channel.force(false);
        channel.close();
        generation++;
        channel = openNew(generation);
        bytesInGeneration = 0;
        return generation;
      }
    }
  }

  /** The ticket of the last entry appended so far. */
  long appended() {
    synchronized (appendLock) {
      return appended;
    }
  }

  /** Bytes appended to the current generation: how much a restart would replay. */
  long bytesSinceRoll() {
    synchronized (appendLock) {
      return bytesInGeneration;
    }
  }

  /** Deletes the files older than {@code generation}: a commit holds what they logged. */
  void deleteBefore(long generation) throws IOException {
    deleteBefore(dir.getParent(), generation);
  }

  /** Deletes the log files of the index in {@code indexDir} older than {@code generation}. */
  static void deleteBefore(Path indexDir, long generation) throws IOException {
    Path dir = indexDir.resolve(DIR);
    if (!Files.isDirectory(dir)) {
      return;
    }
    for (Path file : files(dir)) {
      if (generationOf(file) < generation) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (syncLock) {
      synchronized (appendLock) {
        drain();
        channel.force(false);
        channel.close();
      }
    }
  }

  /** Closes the file without writing what is still buffered: what a killed process leaves. */
  void abandon() throws IOException {
    synchronized (appendLock) {
      pending.reset();
      channel.close();
    }
  }

  /** What a replay found. */
  record Replay(int operations, long lastGeneration, List<String> problems) {}

  /**
   * Calls {@code apply} with every operation logged in {@code indexDir/wal} from generation
   * {@code from} on, in the order they were appended.
   *
   * @return how many, the last generation seen ({@code from - 1} when there were none), and the
   *     files whose tail was torn or unreadable
   */
  static Replay replay(Path indexDir, long from, OpConsumer apply) throws IOException {
    Path dir = indexDir.resolve(DIR);
    int operations = 0;
    long last = from - 1;
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return new Replay(0, last, problems);
    }
    for (Path file : files(dir)) {
      long gen = generationOf(file);
      if (gen < from) {
        continue;
      }
      last = Math.max(last, gen);
      try (DataInputStream in = new DataInputStream(
          new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        while (true) {
          byte[] payload = readEntry(in);
          if (payload == null) {
            break;
          }
          if (payload.length == 0) {
            problems.add(file.getFileName() + ": torn or corrupt entry after " + operations
                + " operations; the rest of the file is ignored");
            break;
          }
          apply.accept(decode(payload));
          operations++;
        }
      }
    }
    return new Replay(operations, last, problems);
  }

  /** Receives replayed operations. */
  @FunctionalInterface
  interface OpConsumer {
    void accept(Op op) throws IOException;
  }

  /** The next entry's payload; null at a clean end; empty when the entry is torn or corrupt. */
  private static byte[] readEntry(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException e) {
      return null;
    }
    try {
      int crc = in.readInt();
      if (length <= 0 || length > MAX_ENTRY_BYTES) {
        return new byte[0];
      }
      byte[] payload = in.readNBytes(length);
      CRC32 check = new CRC32();
      check.update(payload);
      return payload.length == length && (int) check.getValue() == crc ? payload : new byte[0];
    } catch (EOFException e) {
      return new byte[0];
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
          .sorted().toList();
    }
  }

  private static long generationOf(Path file) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a log file: " + file);
    }
    return Long.parseLong(m.group(1));
  }

  private FileChannel openNew(long gen) throws IOException {
    Path file = dir.resolve(String.format(Locale.ROOT, "wal-%010d.log", gen));
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  private void drain() throws IOException {
    if (pending.size() == 0) {
      return;
    }
    ByteBuffer buf = ByteBuffer.wrap(pending.toByteArray());
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    pending.reset();
  }

  private void writeInt(int v) {
    pending.write(v >>> 24);
    pending.write(v >>> 16);
    pending.write(v >>> 8);
    pending.write(v);
  }

  static byte[] encode(Op op) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (op.isDelete()) {
        g.writeStringField("delete", op.id());
      } else {
        Article a = op.article();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("body", a.body());
        if (a.date() != null) {
          g.writeStringField("date", a.date().toString());
        }
        if (a.outlet() != null) {
          g.writeStringField("outlet", a.outlet());
        }
        if (a.url() != null) {
          g.writeStringField("url", a.url());
        }
        if (a.lang() != null) {
          g.writeStringField("lang", a.lang());
        }
        g.writeArrayFieldStart("artists");
        for (String artist : a.artists()) {
          g.writeString(artist);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    return out.toByteArray();
  }

  static Op decode(byte[] payload) throws IOException {
    JsonNode n = READER.readTree(payload);
    if (n.has("delete")) {
      return Op.delete(n.get("delete").asText());
    }
    List<String> artists = new ArrayList<>();
    n.path("artists").forEach(x -> artists.add(x.asText()));
    return Op.upsert(new Article(n.get("id").asText(), n.get("title").asText(),
        n.get("body").asText(), n.has("date") ? LocalDate.parse(n.get("date").asText()) : null,
        text(n, "outlet"), text(n, "url"), text(n, "lang"), artists));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
