package io.hallyu.bench.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hallyu.article.Article;
import io.hallyu.article.ArticleFiles;
import io.hallyu.article.ArticleNormalizer;
import io.hallyu.article.SourceRecord;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.artist.ArtistTagger;
import io.hallyu.index.Schema;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the documents Solr is fed: each corpus article as the app itself would index it
 * (normalized, artists recognised in the text by the app's tagger and merged), plus its month.
 * Solr has no artist tagger; feeding it the app's enrichment means both systems index the same
 * documents, so their facet answers can be compared exactly. The tagging cost stays on the app's
 * side of the indexing numbers.
 *
 * <pre>Enrich CORPUS.jsonl OUT.jsonl</pre>
 */
public final class Enrich {
  public static void main(String[] args) throws Exception {
    ArtistTagger tagger = new ArtistTagger(ArtistRegistry.bundled());
    List<SourceRecord> records = new ArrayList<>();
    ArticleFiles.read(Path.of(args[0]), records::add);
    List<Article> articles = records.parallelStream().map(r -> {
      if (!r.isOk()) throw new IllegalStateException(r.file() + ":" + r.line() + ": " + r.error());
      Article a = ArticleNormalizer.normalize(r.article());
      return a.withArtists(tagger.merge(a.artists(), a.title(), a.body()));
    }).toList();
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        ObjectNode d = json.createObjectNode();
        d.put("id", a.id());
        d.put("title", a.title());
        d.put("body", a.body());
        if (a.date() != null) {
          d.put("date", a.date().toString() + "T00:00:00Z");
          d.put("month", Schema.month(a.date()));
        }
        if (a.outlet() != null) d.put("outlet", a.outlet());
        if (a.url() != null) d.put("url", a.url());
        d.put("lang", a.lang());
        var list = d.putArray("artist");
        a.artists().forEach(list::add);
        w.write(json.writeValueAsString(d));
        w.write('\n');
      }
    }
    System.err.println("enrich: " + articles.size() + " documents for Solr -> " + args[1]);
  }
}
