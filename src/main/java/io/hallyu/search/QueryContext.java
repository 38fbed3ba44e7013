package io.hallyu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The whole query as the analyzer should see it, and where each word sits in it. Nori segments a
 * word by its neighbours, and a word at the very end of the input differently again ({@code 일본의}
 * alone gives {@code 일, 본의}, in a sentence {@code 일본}), so each word takes the tokens that
 * fall inside its span when the whole query is analyzed, as documents are.
 */
final class QueryContext {
  /** A word's place in {@link #text}: {@code [start, end)}. */
  record Span(int start, int end) {}

  /** The query with quotes and exclusion dashes blanked out, offsets unchanged. */
  final String text;
  private final Map<String, ArrayDeque<Span>> spans = new HashMap<>();

  private QueryContext(String input) {
    StringBuilder blanked = new StringBuilder(input);
    int i = 0;
    while (i < input.length()) {
      if (Character.isWhitespace(input.charAt(i)) || input.charAt(i) == '"') {
        if (input.charAt(i) == '"') {
          blanked.setCharAt(i, ' ');
        }
        i++;
        continue;
      }
      int start = i;
      while (i < input.length() && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != '"') {
        i++;
      }
      if (input.charAt(start) == '-' && i - start > 1) {
        blanked.setCharAt(start, ' ');
        start++;
      }
      spans.computeIfAbsent(input.substring(start, i), w -> new ArrayDeque<>())
          .add(new Span(start, i));
    }
    this.text = blanked.toString();
  }

  static QueryContext of(String input) {
    return new QueryContext(input);
  }

  /** The next unclaimed place of this word in the query, or {@code null} when it has none. */
  Span claim(String word) {
    ArrayDeque<Span> places = spans.get(word);
    return places == null ? null : places.poll();
  }

  /** Builds field queries from the tokens of one span of the analyzed query. */
  static final class Builder extends QueryBuilder {
    Builder(Analyzer analyzer) {
      super(analyzer);
    }

    /**
     * Whether the word in {@code span} carries content: some token of it is not a verb, adjective
     * or auxiliary. {@code 태어났나} in a question does not: an answer says 출생 or 태어난, so a
     * relaxed query stops counting it.
     */
    boolean content(String field, QueryContext context, Span span) {
      try (TokenStream tokens = new Window(getAnalyzer().tokenStream(field, context.text), span)) {
        PartOfSpeechAttribute pos = tokens.addAttribute(PartOfSpeechAttribute.class);
        tokens.reset();
        boolean any = false;
        boolean content = false;
        while (tokens.incrementToken()) {
          any = true;
          POS.Tag tag = pos.getLeftPOS();
          content |= tag == null || !PREDICATES.contains(tag);
        }
        tokens.end();
        return content || !any;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static final java.util.Set<POS.Tag> PREDICATES = java.util.EnumSet.of(
        POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN);

    /** The query for the tokens inside {@code span}, or {@code null} when there are none. */
    Query create(String field, QueryContext context, Span span, Occur within, boolean phrase) {
      try (TokenStream tokens = new Window(getAnalyzer().tokenStream(field, context.text), span)) {
        return createFieldQuery(tokens, within, field, phrase, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Keeps the tokens that lie inside one span. */
  private static final class Window extends FilteringTokenFilter {
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final Span span;

    Window(TokenStream in, Span span) {
      super(in);
      this.span = span;
    }

    @Override
    protected boolean accept() {
      return offsets.startOffset() >= span.start() && offsets.endOffset() <= span.end();
    }
  }
}
