package io.hallyu.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Tokens of the title suggestion field, so that a title matches every prefix of its words the
 * way a user types them.
 *
 * <p>Words are runs of letters and digits, lowercased and accent-folded ({@code Rosé → rose}).
 * Words with Hangul are spelled as their 2-set keystroke jamo ({@link Hangul#decompose}: {@code
 * 뉴진스 → ㄴㅠㅈㅣㄴㅅㅡ}), so a half-typed syllable ({@code 뉴지}, {@code 아이ㅇ}) is a prefix
 * of the word. The index side emits every prefix of every word (edge n-grams, all at the word's
 * position) after a {@link #START} token at position 0: a phrase query of the query's words then
 * finds titles containing them in order, and the same phrase after {@code START} finds titles that
 * begin with them.
 */
public final class TitlePrefixes {
  /** Longest indexed prefix of a word, in chars (jamo for Hangul: about eight syllables). */
  public static final int MAX_PREFIX = 24;
  /** The token before a title's first word; a control character no title word contains. */
  public static final String START = "\u0002";

  private TitlePrefixes() {}

  /**
   * A new token stream for one title, to index as a field value. Each call builds its own
   * tokenizer chain, so documents built before they are indexed never share a reused stream.
   */
  public static TokenStream indexStream(String title) {
    Check.notNull(title, "title");
    Tokenizer tokenizer = tokenizer();
    tokenizer.setReader(new StringReader(START + " " + title));
    return new EdgeNGramTokenFilter(normalize(tokenizer), 1, MAX_PREFIX, false);
  }

  /**
   * The query's words as the index spells them (no prefixes expanded), each cut to
   * {@link #MAX_PREFIX}: {@code Love Wi → [love, wi]}, {@code 아이ㅇ → [ㅇㅏㅇㅣㅇ]}.
   */
  public static List<String> queryTokens(String query) {
    Check.notNull(query, "query");
    List<String> tokens = new ArrayList<>();
    Tokenizer tokenizer = tokenizer();
    tokenizer.setReader(new StringReader(query.replace(START, " ")));
    try (TokenStream stream = normalize(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.length() <= MAX_PREFIX ? term.toString() : term.subSequence(0, MAX_PREFIX).toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return tokens;
  }

  private static Tokenizer tokenizer() {
    return CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || c == START.charAt(0));
  }

  private static TokenStream normalize(Tokenizer tokenizer) {
    return new JamoFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
  }

  /** Spells words that contain Hangul as their keystroke jamo. */
  private static final class JamoFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    JamoFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      for (int i = 0; i < term.length(); i++) {
        if (Hangul.isHangul(term.charAt(i))) {
          String jamo = Hangul.decompose(term.toString());
          term.setEmpty().append(jamo);
          break;
        }
      }
      return true;
    }
  }
}
