package io.hallyu.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * The one analyzer for Korean, English and mixed text. Nori segments Hangul with a user
 * dictionary of artist names (so {@code 뉴진스} stays whole and {@code 아이유의} yields
 * {@code 아이유}), drops particles and endings and reads hanja as hangul; Latin words are
 * lower-cased, stripped of English stop words and stemmed with KStem ({@code videos} →
 * {@code video}), which leaves Hangul untouched. One analyzer for both languages means a Korean
 * article quoting {@code Love wins all} matches an English query and the reverse.
 */
public final class HallyuAnalyzer extends Analyzer {
  /**
   * English stop words, the {@code s} Nori splits off {@code BTS's}, and the particle {@code 의},
   * which Nori tags as a noun after a user-dictionary word ({@code 아이유의}).
   */
  static final CharArraySet STOP_WORDS = stopWords();

  /** How Nori splits compounds by default. */
  public static final KoreanTokenizer.DecompoundMode DEFAULT_DECOMPOUND_MODE =
      KoreanTokenizer.DecompoundMode.DISCARD;
  /**
   * The parts of speech dropped by default: Nori's stock set (particles, endings, affixes,
   * punctuation ...) plus the copulas (이다, 아니다), pronouns (무엇, 그), bound nouns (것, 수) and
   * auxiliary verbs, which carry no topic. Measured on ko_tydiqa_goldp train (MRR@10, with the
   * bigram field): stock 0.7278, with these 0.7315; see bench/RESULTS-quality.md.
   */
  public static final Set<POS.Tag> DEFAULT_STOP_TAGS = defaultStopTags();

  /**
   * The field analyzed as overlapping CJK bigrams instead of Nori words: the net under Nori's
   * segmentation, for words it splits differently in a question and in a passage.
   */
  public static final String BIGRAM_FIELD = "bigrams";

  private final UserDictionary userDictionary;
  private final KoreanTokenizer.DecompoundMode decompoundMode;
  private final Set<POS.Tag> stopTags;

  /**
   * @param names words Nori must keep whole (artist names in Hangul); may be empty
   * @param stopTags parts of speech to drop (particles, endings, ...)
   */
  public HallyuAnalyzer(Collection<String> names, KoreanTokenizer.DecompoundMode decompoundMode,
      Set<POS.Tag> stopTags) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.userDictionary = userDictionary(names);
    this.decompoundMode = decompoundMode;
    this.stopTags = Set.copyOf(stopTags);
  }

  public HallyuAnalyzer(Collection<String> names, KoreanTokenizer.DecompoundMode decompoundMode) {
    this(names, decompoundMode, DEFAULT_STOP_TAGS);
  }

  public HallyuAnalyzer(Collection<String> names) {
    this(names, DEFAULT_DECOMPOUND_MODE, DEFAULT_STOP_TAGS);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    if (fieldName.equals(BIGRAM_FIELD)) {
      return bigrams();
    }
    KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
        userDictionary, decompoundMode, false, true);
    TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, stopTags);
    stream = new KoreanReadingFormFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new KStemFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** As Lucene's CJKAnalyzer: bigrams of Hangul, Han and kana; other words whole. */
  private static TokenStreamComponents bigrams() {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CJKWidthFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new CJKBigramFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    return new TokenStreamComponents(tokenizer, stream);
  }

  private static Set<POS.Tag> defaultStopTags() {
    Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    tags.addAll(List.of(POS.Tag.VCP, POS.Tag.VCN, POS.Tag.NP, POS.Tag.NNB, POS.Tag.VX));
    return Set.copyOf(tags);
  }

  /**
   * Nori segments the last word of its input as if nothing could follow it ({@code 일본의} alone
   * gives {@code 일, 본의}, {@code 아이유의} gives {@code 아이유, 의}); a space after the input
   * makes it read that word as it reads every other. Offsets are unchanged.
   */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new TrailingSpace(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Its input, then one space. */
  static final class TrailingSpace extends CharFilter {
    private boolean ended;

    TrailingSpace(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (ended || len == 0) {
        return ended ? -1 : 0;
      }
      int n = input.read(buf, off, len);
      if (n >= 0) {
        return n;
      }
      ended = true;
      buf[off] = ' ';
      return 1;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    set.add("s");
    set.add("의");
    return CharArraySet.unmodifiableSet(set);
  }

  /**
   * A Nori user dictionary of the given words; only pure-Hangul words of two or more syllables
   * qualify, since Nori's dictionary is for Hangul and a one-syllable entry would split ordinary
   * words around it.
   */
  static UserDictionary userDictionary(Collection<String> names) {
    Set<String> words = new TreeSet<>();
    for (String n : names) {
      String w = n.replace(" ", "");
      if (w.length() >= 2 && w.chars().allMatch(HallyuAnalyzer::isHangulSyllable)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    try {
      return UserDictionary.open(new StringReader(String.join("\n", words)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHangulSyllable(int c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }
}
