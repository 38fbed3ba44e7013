package io.hallyu.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Finds article files under paths and reads each with the reader its extension calls for. */
public final class ArticleFiles {
  private ArticleFiles() {}

  /** Whether the indexer knows how to read this file. */
  public static boolean isSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
        || name.endsWith(".txt") || FeedReader.isFeedFile(name);
  }

  /** The supported files under {@code paths}, folders walked recursively, in a stable order. */
  public static List<Path> collect(List<Path> paths) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(ArticleFiles::isSupported).sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** Reads every record of one file; I/O and encoding errors end the file with a rejection. */
  public static void read(Path file, Consumer<SourceRecord> sink) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      read(name, in, sink);
    } catch (IOException e) {
      sink.accept(SourceRecord.failed(name, 0, "cannot read file: " + e.getMessage()));
    }
  }

  /** Reads a stream whose format follows from {@code name}'s extension. */
  public static void read(String name, InputStream in, Consumer<SourceRecord> sink) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (FeedReader.isFeedFile(lower)) {
      // XML declares its own encoding, so a feed is read as bytes, not as UTF-8 text.
      FeedReader.read(name, in, sink);
      return;
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        JsonArticleReader.readLines(name, reader, sink);
      } else if (lower.endsWith(".json")) {
        JsonArticleReader.readDocument(name, reader, sink);
      } else if (lower.endsWith(".txt")) {
        sink.accept(readText(name, reader));
      } else {
        sink.accept(SourceRecord.failed(name, 0, "unsupported file type (use .jsonl, .ndjson, .json, .txt, or a feed: .xml, .rss, .atom)"));
      }
    } catch (CharacterCodingException e) {
      sink.accept(SourceRecord.failed(name, 0, "file is not valid UTF-8"));
    } catch (IOException e) {
      sink.accept(SourceRecord.failed(name, 0, "cannot read file: " + e.getMessage()));
    }
  }

  private static SourceRecord readText(String name, BufferedReader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      text.append(buf, 0, n);
    }
    try {
      return SourceRecord.ok(name, 1, TextArticleReader.parse(text.toString()));
    } catch (InvalidArticleException e) {
      return SourceRecord.failed(name, 1, e.getMessage());
    }
  }
}
