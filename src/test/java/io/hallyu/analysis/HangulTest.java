package io.hallyu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HangulTest {

    // decompose

    @Test
    void decompose_splits_simple_syllables_into_jamo() {
        assertEquals("ㅇㅏㅇㅣㅇㅠ", Hangul.decompose("아이유"));
    }

    @Test
    void decompose_splits_compound_vowel_into_its_two_keys() {
        assertEquals("ㄱㅗㅏ", Hangul.decompose("과"));
    }

    @Test
    void decompose_splits_every_compound_vowel() {
        assertEquals("ㅗㅏㅗㅐㅗㅣㅜㅓㅜㅔㅜㅣㅡㅣ", Hangul.decompose("ㅘㅙㅚㅝㅞㅟㅢ"));
    }

    @Test
    void decompose_splits_double_final_into_its_two_keys() {
        assertEquals("ㄷㅏㄹㄱ", Hangul.decompose("닭"));
    }

    @Test
    void decompose_splits_every_double_final() {
        assertEquals("ㄱㅅㄴㅈㄴㅎㄹㄱㄹㅁㄹㅂㄹㅅㄹㅌㄹㅍㄹㅎㅂㅅ", Hangul.decompose("ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ"));
    }

    @Test
    void decompose_keeps_tense_consonant_as_one_key() {
        assertEquals("ㅆㅏㅇ", Hangul.decompose("쌍"));
    }

    @Test
    void decompose_keeps_single_key_vowels_whole() {
        assertEquals("ㅐㅒㅔㅖ", Hangul.decompose("ㅐㅒㅔㅖ"));
    }

    @Test
    void decompose_keeps_tense_final() {
        assertEquals("ㅇㅣㅆ", Hangul.decompose("있"));
    }

    @Test
    void decompose_passes_standalone_simple_jamo_through() {
        assertEquals("ㅂㅌㅅㄴㄷ", Hangul.decompose("ㅂㅌㅅㄴㄷ"));
    }

    @Test
    void decompose_splits_standalone_compound_vowel() {
        assertEquals("ㅗㅏ", Hangul.decompose("ㅘ"));
    }

    @Test
    void decompose_passes_non_hangul_through() {
        assertEquals("BTS 2024!", Hangul.decompose("BTS 2024!"));
    }

    @Test
    void decompose_handles_mixed_text() {
        assertEquals("ㅂㅡㄹㄹㅐㄱㅍㅣㅇㅋㅡ BLACKPINK", Hangul.decompose("블랙핑크 BLACKPINK"));
    }

    @Test
    void decompose_of_empty_is_empty() {
        assertEquals("", Hangul.decompose(""));
    }

    @Test
    void decompose_reads_conjoining_jamo_from_nfd_text() {
        String nfd = Normalizer.normalize("닭과", Normalizer.Form.NFD);
        assertEquals("ㄷㅏㄹㄱㄱㅗㅏ", Hangul.decompose(nfd));
    }

    @Test
    void decompose_passes_archaic_jamo_through() {
        assertEquals("ㆍ", Hangul.decompose("ㆍ"));
    }

    @Test
    void decompose_keeps_surrogate_pairs_intact() {
        assertEquals("ㅇㅏ😀", Hangul.decompose("아😀"));
    }

    @Test
    void decompose_of_first_and_last_syllables() {
        assertEquals("ㄱㅏ", Hangul.decompose("가"));
        assertEquals("ㅎㅣㅎ", Hangul.decompose("힣"));
    }

    @Test
    void decompose_rejects_null() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Hangul.decompose(null));
        assertEquals("text must not be null", e.getMessage());
    }

    // initials

    @Test
    void initials_of_iu() {
        assertEquals("ㅇㅇㅇ", Hangul.initials("아이유"));
    }

    @Test
    void initials_of_bangtan() {
        assertEquals("ㅂㅌㅅㄴㄷ", Hangul.initials("방탄소년단"));
    }

    @Test
    void initials_keep_tense_initial() {
        assertEquals("ㄲㅆ", Hangul.initials("까쓰"));
    }

    @Test
    void initials_drop_spaces() {
        assertEquals("ㅂㅌㅅㄴㄷ", Hangul.initials("방탄 소년단"));
    }

    @Test
    void initials_of_initials_are_themselves() {
        assertEquals("ㅂㅌㅅㄴㄷ", Hangul.initials("ㅂㅌㅅㄴㄷ"));
    }

    @Test
    void initials_keep_latin_letters_and_digits() {
        assertEquals("BTSㅂㅌ", Hangul.initials("BTS 방탄"));
        assertEquals("2NE1", Hangul.initials("2NE1"));
    }

    @Test
    void initials_drop_punctuation_and_standalone_vowels() {
        assertEquals("ㅇㅇ", Hangul.initials("(아이)ㅏ!"));
    }

    @Test
    void initials_read_nfd_text() {
        assertEquals("ㅇㅇㅇ", Hangul.initials(Normalizer.normalize("아이유", Normalizer.Form.NFD)));
    }

    @Test
    void initials_of_empty_is_empty() {
        assertEquals("", Hangul.initials(""));
    }

    // isInitialsOnly

    @Test
    void consonant_jamo_are_initials_only() {
        assertTrue(Hangul.isInitialsOnly("ㅂㅌㅅㄴㄷ"));
    }

    @Test
    void initials_only_allows_spaces_between_consonants() {
        assertTrue(Hangul.isInitialsOnly(" ㅂㅌ ㅅㄴㄷ "));
    }

    @Test
    void syllables_are_not_initials_only() {
        assertFalse(Hangul.isInitialsOnly("ㅂㅌ소"));
    }

    @Test
    void vowel_jamo_are_not_initials_only() {
        assertFalse(Hangul.isInitialsOnly("ㅂㅏ"));
    }

    @Test
    void latin_is_not_initials_only() {
        assertFalse(Hangul.isInitialsOnly("bts"));
    }

    @Test
    void empty_and_blank_are_not_initials_only() {
        assertFalse(Hangul.isInitialsOnly(""));
        assertFalse(Hangul.isInitialsOnly("  "));
    }

    // hangulRatio

    @Test
    void hangul_ratio_of_korean_is_one() {
        assertEquals(1.0, Hangul.hangulRatio("방탄소년단 컴백"));
    }

    @Test
    void hangul_ratio_of_english_is_zero() {
        assertEquals(0.0, Hangul.hangulRatio("BTS comeback"));
    }

    @Test
    void hangul_ratio_counts_only_letters() {
        assertEquals(0.5, Hangul.hangulRatio("BTS 방탄소, 2024!!"));
    }

    @Test
    void hangul_ratio_counts_jamo_as_hangul() {
        assertEquals(1.0, Hangul.hangulRatio("ㅋㅋㅋ"));
    }

    @Test
    void hangul_ratio_without_letters_is_zero() {
        assertEquals(0.0, Hangul.hangulRatio(""));
        assertEquals(0.0, Hangul.hangulRatio("2024 !!"));
    }

    @Test
    void korean_headline_with_english_name_is_hangul_dominant() {
        assertTrue(Hangul.hangulRatio("NewJeans, 새 앨범으로 컴백 확정") > 0.5);
    }

    // locale independence

    @Test
    void results_do_not_depend_on_turkish_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("IU ㅇㅏㅇㅣㅇㅠ", Hangul.decompose("IU 아이유"));
            assertEquals("IUㅇㅇㅇ", Hangul.initials("IU 아이유"));
            assertEquals(0.6, Hangul.hangulRatio("IU 아이유"), 1e-9);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
