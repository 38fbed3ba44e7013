package io.hallyu.cli;

import io.hallyu.Engine;
import io.hallyu.article.ArticleFiles;
import io.hallyu.article.FeedFetcher;
import io.hallyu.index.IngestSummary;
import io.hallyu.index.Ingester;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code index [--index DIR] PATH...}: ingests files, folders and feed URLs, then prints a
 * summary.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index article files (.jsonl, .ndjson, .json, .txt), RSS/Atom feeds (.xml, "
        + ".rss, .atom), folders of them, or feed URLs (http:// or https://).")
public final class IndexCommand implements Callable<Integer> {
  /** Inputs smaller than this finish too fast for a progress bar to help. */
  static final long PROGRESS_MIN_BYTES = 1 << 20;
  static final int MAX_REJECTIONS_SHOWN = 50;

  @Mixin IndexOption index;

  // Strings, not Paths: a Path would fold the "//" of a URL.
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, folders or feed URLs to index.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    List<String> urls = new ArrayList<>();
    List<Path> local = new ArrayList<>();
    for (String arg : paths) {
      if (FeedFetcher.isUrl(arg)) {
        urls.add(arg);
        continue;
      }
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        System.err.println("error: no such file or folder: " + p);
        return 2;
      }
      local.add(p);
    }
    List<Path> files = ArticleFiles.collect(local);
    if (files.isEmpty() && urls.isEmpty()) {
      System.err.println("error: no .jsonl, .ndjson, .json, .txt, .xml, .rss or .atom files under "
          + local);
      return 2;
    }
    long totalBytes = 0;
    for (Path f : files) {
      totalBytes += Files.size(f);
    }
    Path dir = index.settings(null).indexDir();
    IngestSummary summary;
    FeedFetcher fetcher = new FeedFetcher();
    try (Engine engine = Engine.openForBulkLoad(dir); Ingester ingester = engine.ingester()) {
      try (ProgressBar bar = totalBytes >= PROGRESS_MIN_BYTES ? progressBar(totalBytes) : null) {
        for (Path f : files) {
          if (bar != null) {
            bar.setExtraMessage(f.getFileName().toString());
          }
          try (InputStream in = counting(Files.newInputStream(f), bar)) {
            ArticleFiles.read(f.toString(), in, ingester);
          } catch (IOException e) {
            ingester.accept(io.hallyu.article.SourceRecord.failed(f.toString(), 0,
                "cannot read file: " + e.getMessage()));
          }
        }
        for (String url : urls) {
          if (bar != null) {
            bar.setExtraMessage(url);
          }
          fetcher.read(url, ingester);
        }
        summary = ingester.finish();
      }
      engine.index().commit();
      engine.index().refresh();
      print(summary, dir, engine.index().documentCount());
    }
    return summary.indexed() == 0 ? 1 : 0;
  }

  private static void print(IngestSummary s, Path dir, int documents) {
    System.out.printf("Indexed into %s in %.1f s: %d added, %d updated, %d rejected (%d documents in the index)%n",
        dir, s.millis() / 1000.0, s.added(), s.updated(), s.rejected().size(), documents);
    List<IngestSummary.Rejection> shown =
        s.rejected().subList(0, Math.min(MAX_REJECTIONS_SHOWN, s.rejected().size()));
    for (IngestSummary.Rejection r : shown) {
      System.out.println("  rejected " + r);
    }
    if (s.rejected().size() > shown.size()) {
      System.out.println("  ... and " + (s.rejected().size() - shown.size()) + " more rejections");
    }
  }

  private static ProgressBar progressBar(long totalBytes) {
    return new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(totalBytes)
        .setUnit(" MB", 1 << 20).setStyle(ProgressBarStyle.ASCII).showSpeed()
        // Once a second: redirected to a log, every redraw becomes a line of its own.
        .setUpdateIntervalMillis(1000).build();
  }

  private static InputStream counting(InputStream in, ProgressBar bar) {
    if (bar == null) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bar.stepBy(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bar.stepBy(n);
        }
        return n;
      }
    };
  }
}
