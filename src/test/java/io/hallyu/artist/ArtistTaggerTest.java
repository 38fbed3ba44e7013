package io.hallyu.artist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArtistTaggerTest {
  static final ArtistTagger TAGGER = new ArtistTagger(ArtistRegistry.bundled());

  @Test
  void an_ambiguous_alias_counts_beside_its_group() {
    assertEquals(List.of("BTS", "V"), TAGGER.tag("BTS's V releases a solo album"));
    assertEquals(List.of("BTS", "V"), TAGGER.tag("BTS' V releases a solo album"));
    assertEquals(List.of("V", "BTS"), TAGGER.tag("V of BTS releases a solo album"));
    assertEquals(List.of("BTS", "V"), TAGGER.tag("방탄소년단 뷔가 입대했다"));
    assertEquals(List.of("BTS", "V"), TAGGER.tag("BTS member V"));
  }

  @Test
  void an_ambiguous_alias_never_counts_as_a_bare_word() {
    assertEquals(List.of(), TAGGER.tag("Vitamin V is a product"));
    assertEquals(List.of(), TAGGER.tag("The rain fell on Seoul and brought joy to farmers"));
    assertEquals(List.of(), TAGGER.tag("그는 데뷔 10주년을 맞았다"));
    assertEquals(List.of(), TAGGER.tag("The upbeat pop-rock track set a trend"));
  }

  @Test
  void the_eu_is_not_everglows_e_u() {
    assertEquals(List.of(), TAGGER.tag("The EU said on Monday that the Commission will reply"));
    assertEquals(List.of(), TAGGER.tag("EU ministers met in Brussels"));
    assertEquals(List.of("EVERGLOW", "E:U"), TAGGER.tag("EVERGLOW's E:U wrote the lyrics"));
  }

  @Test
  void real_names_with_spaces_or_hyphens_are_recognised() {
    assertEquals(List.of("V"), TAGGER.tag("Kim Tae-hyung enlisted"));
    assertEquals(List.of("V"), TAGGER.tag("Kim Taehyung enlisted"));
    assertEquals(List.of("V"), TAGGER.tag("김태형이 입대했다"));
  }

  @Test
  void korean_names_carry_particles() {
    assertEquals(List.of("IU"), TAGGER.tag("아이유의 콘서트"));
    assertEquals(List.of("NewJeans"), TAGGER.tag("뉴진스가 컴백했다"));
    assertEquals(List.of("IU"), TAGGER.tag("아이유에게서 온 편지"));
    assertEquals(List.of("BTS", "Jin (BTS)"), TAGGER.tag("방탄소년단 진이었다"));
  }

  @Test
  void a_particle_split_off_by_a_space_is_still_stripped_from_the_words_joined() {
    // 진이 + 었다 is 진 + 이었다, not 진이 (JinE): the longer run of words wins
    assertEquals(List.of("BTS", "Jin (BTS)"), TAGGER.tag("BTS 진이 었다"));
  }

  @Test
  void a_particle_counts_only_where_it_fits_the_syllable_before_it() {
    assertEquals(List.of(), TAGGER.tag("아이유이었다")); // 이었다 follows a final consonant only
  }

  @Test
  void members_are_recognised_with_their_group_in_either_language() {
    assertEquals(List.of("BLACKPINK", "Rosé"), TAGGER.tag("BLACKPINK's Rosé and Bruno Mars"));
    assertEquals(List.of("BLACKPINK", "Rosé"), TAGGER.tag("블랙핑크 로제가 신곡을 냈다"));
  }

  @Test
  void a_group_that_is_an_english_word_counts_in_its_own_capitals_only() {
    assertEquals(List.of("TWICE"), TAGGER.tag("TWICE sold out the stadium"));
    assertEquals(List.of(), TAGGER.tag("She sold out the stadium twice"));
  }

  @Test
  void a_name_in_lower_case_counts_only_where_the_artist_writes_it_so() {
    assertEquals(List.of("aespa"), TAGGER.tag("aespa released a new album"));
    assertEquals(List.of("Stray Kids"), TAGGER.tag("Stray Kids released a new album"));
    assertEquals(List.of(), TAGGER.tag("the stray kids played outside"));
  }

  @Test
  void record_names_are_resolved_to_canonical_names_and_merged() {
    assertEquals(List.of("V", "IU"), TAGGER.merge(List.of("뷔"), "아이유가 노래했다"));
  }

  @Test
  void a_shared_given_name_resolves_to_the_artist_the_text_mentions() {
    assertEquals(List.of("Jin (BTS)", "BTS"), TAGGER.merge(List.of("Jin"), "BTS's Jin was discharged"));
  }

  @Test
  void each_particle_that_ends_a_key_and_fits_it_is_stripped_longest_first() {
    assertEquals(List.of("아이유"), ArtistTagger.withoutParticles("아이유의"));
    assertEquals(List.of("아이유"), ArtistTagger.withoutParticles("아이유에게서"));
    assertEquals(List.of("로제"), ArtistTagger.withoutParticles("로제로서"));
    assertEquals(List.of("태연", "태연이"), ArtistTagger.withoutParticles("태연이가"));
    assertEquals(List.of("진", "진이", "진이라"), ArtistTagger.withoutParticles("진이라는"));
    assertEquals(List.of("2ne1"), ArtistTagger.withoutParticles("2ne1이"));
    assertEquals(List.of(), ArtistTagger.withoutParticles("비아이")); // 이 after a vowel
    assertEquals(List.of(), ArtistTagger.withoutParticles("의")); // nothing would be left
    assertEquals(List.of(), ArtistTagger.withoutParticles("bts"));
    assertEquals(List.of(), ArtistTagger.withoutParticles(""));
  }

  @Test
  void a_char_is_hangul_exactly_when_its_unicode_script_is() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL,
          ArtistTagger.isHangul((char) c), Integer.toHexString(c));
    }
  }

  @Test
  void facet_labels_show_the_korean_name_once_with_one_pair_of_brackets() {
    ArtistRegistry r = ArtistRegistry.bundled();
    assertEquals("IU (아이유)", r.byCanonical("IU").label());
    assertEquals("Jin (진, BTS)", r.byCanonical("Jin (BTS)").label());
    assertEquals("BTS (방탄소년단)", r.byCanonical("BTS").label());
  }
}
