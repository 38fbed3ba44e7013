package io.hallyu.analysis;

import static io.hallyu.analysis.HangulKeyboard.cheonjiinKey;
import static io.hallyu.analysis.HangulKeyboard.fromQwertyKeys;
import static io.hallyu.analysis.HangulKeyboard.keystrokeKey;
import static io.hallyu.analysis.HangulKeyboard.toQwertyKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HangulKeyboardTest {

    private static void assertPrefix(String prefix, String full) {
        assertTrue(full.startsWith(prefix), () -> "expected <" + prefix + "> to prefix <" + full + ">");
    }

    // toQwertyKeys

    @Test
    void qwerty_keys_of_iu() {
        assertEquals("dkdldb", toQwertyKeys("아이유"));
    }

    @Test
    void qwerty_keys_of_newjeans() {
        assertEquals("sbwlstm", toQwertyKeys("뉴진스"));
    }

    @Test
    void qwerty_keys_of_jamo_typed_for_bts() {
        assertEquals("bts", toQwertyKeys("ㅠㅅㄴ"));
    }

    @Test
    void qwerty_keys_of_compound_vowel() {
        assertEquals("rhk", toQwertyKeys("과"));
    }

    @Test
    void qwerty_keys_of_double_final() {
        assertEquals("ekfr", toQwertyKeys("닭"));
    }

    @Test
    void qwerty_keys_mark_shifted_consonants_uppercase() {
        assertEquals("QWERT", toQwertyKeys("ㅃㅉㄸㄲㅆ"));
    }

    @Test
    void qwerty_keys_mark_shifted_vowels_uppercase() {
        assertEquals("OP", toQwertyKeys("ㅒㅖ"));
        assertEquals("dO", toQwertyKeys("얘"));
    }

    @Test
    void qwerty_keys_of_tense_syllable() {
        assertEquals("Rk", toQwertyKeys("까"));
    }

    @Test
    void qwerty_keys_of_every_plain_key() {
        assertEquals("rsefaqtdwczxvgkoijpuhynbml", toQwertyKeys("ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎㅏㅐㅑㅓㅔㅕㅗㅛㅜㅠㅡㅣ"));
    }

    @Test
    void qwerty_keys_lowercase_latin() {
        assertEquals("bts", toQwertyKeys("BTS"));
    }

    @Test
    void qwerty_keys_keep_spaces_and_punctuation() {
        assertEquals("qkdxks-rk 2.0", toQwertyKeys("방탄-가 2.0"));
        assertEquals("dkdldb, iu!", toQwertyKeys("아이유, IU!"));
    }

    @Test
    void qwerty_keys_of_empty_is_empty() {
        assertEquals("", toQwertyKeys(""));
    }

    @Test
    void qwerty_keys_read_nfd_text() {
        assertEquals("dkdldb", toQwertyKeys(Normalizer.normalize("아이유", Normalizer.Form.NFD)));
    }

    // fromQwertyKeys

    @Test
    void composes_iu_from_keys() {
        assertEquals("아이유", fromQwertyKeys("dkdldb"));
    }

    @Test
    void composes_newjeans_from_keys() {
        assertEquals("뉴진스", fromQwertyKeys("sbwlstm"));
    }

    @Test
    void composes_compound_vowel() {
        assertEquals("과", fromQwertyKeys("rhk"));
    }

    @Test
    void composes_every_compound_vowel() {
        assertEquals("와왜외워웨위의", fromQwertyKeys("dhkdhodhldnjdnpdnldml"));
    }

    @Test
    void composes_double_final() {
        assertEquals("닭", fromQwertyKeys("ekfr"));
    }

    @Test
    void second_half_of_double_final_moves_to_next_syllable_before_vowel() {
        assertEquals("달기", fromQwertyKeys("ekfrl"));
    }

    @Test
    void double_final_stays_when_next_syllable_starts_with_consonant() {
        // d is ㅇ, so ㄺ is followed by a consonant and stays whole
        assertEquals("닭이", fromQwertyKeys("ekfrdl"));
    }

    @Test
    void single_final_moves_to_next_syllable_before_vowel() {
        assertEquals("가나", fromQwertyKeys("rksk"));
    }

    @Test
    void tense_final_moves_whole() {
        assertEquals("이싸", fromQwertyKeys("dlTk"));
        assertEquals("있", fromQwertyKeys("dlT"));
    }

    @Test
    void uppercase_is_shift() {
        assertEquals("까", fromQwertyKeys("Rk"));
    }

    @Test
    void shift_on_keys_without_shifted_jamo_types_the_same_jamo() {
        assertEquals("아이유", fromQwertyKeys("DKDLDB"));
    }

    @Test
    void tense_consonants_that_cannot_end_a_syllable_start_the_next() {
        assertEquals("아따", fromQwertyKeys("dkEk"));
    }

    @Test
    void lone_consonants_stay_jamo() {
        assertEquals("ㅠㅅㄴ", fromQwertyKeys("bts"));
    }

    @Test
    void consonant_pair_that_is_not_a_double_final_starts_new_syllable() {
        assertEquals("각시", fromQwertyKeys("rkrtl"));
        assertEquals("갃", fromQwertyKeys("rkrt"));
    }

    @Test
    void vowel_pair_that_is_not_compound_splits() {
        assertEquals("아ㅏ", fromQwertyKeys("dkk"));
    }

    @Test
    void spaces_and_digits_end_the_syllable() {
        assertEquals("방탄 2", fromQwertyKeys("qkdxks 2"));
        assertEquals("가1ㅏ", fromQwertyKeys("rk1k"));
    }

    @Test
    void composes_compatibility_jamo_too() {
        assertEquals("닭", fromQwertyKeys("ㄷㅏㄹㄱ"));
        assertEquals("과", fromQwertyKeys("ㄱㅘ"));
    }

    @Test
    void composed_syllables_pass_through() {
        assertEquals("아이유", fromQwertyKeys("아이db"));
    }

    @Test
    void from_keys_of_empty_is_empty() {
        assertEquals("", fromQwertyKeys(""));
    }

    @Test
    void keys_round_trip_for_names() {
        for (String name : List.of("아이유", "뉴진스", "방탄소년단", "블랙핑크", "트와이스", "김태형", "닭갈비", "있지",
                "에스파", "르세라핌", "세븐틴", "엔시티 드림", "쿼카", "삶은 닭", "뛰뛰빵빵")) {
            assertEquals(name, fromQwertyKeys(toQwertyKeys(name)), name);
        }
    }

    // keystrokeKey

    @Test
    void keystroke_key_of_iu() {
        assertEquals("dkdldb", keystrokeKey("아이유"));
    }

    @Test
    void half_typed_jamo_is_prefix() {
        assertPrefix(keystrokeKey("아이ㅇ"), keystrokeKey("아이유"));
    }

    @Test
    void ime_mid_syllable_final_is_prefix() {
        assertPrefix(keystrokeKey("아잉"), keystrokeKey("아이유"));
    }

    @Test
    void keys_typed_in_english_mode_are_prefix() {
        assertPrefix(keystrokeKey("dkdld"), keystrokeKey("아이유"));
    }

    @Test
    void half_typed_newjeans_is_prefix() {
        assertPrefix(keystrokeKey("뉴지"), keystrokeKey("뉴진스"));
        assertPrefix(keystrokeKey("뉴진"), keystrokeKey("뉴진스"));
    }

    @Test
    void half_typed_compound_vowel_is_prefix() {
        assertPrefix(keystrokeKey("고"), keystrokeKey("과자"));
    }

    @Test
    void half_typed_double_final_is_prefix() {
        assertPrefix(keystrokeKey("달"), keystrokeKey("닭갈비"));
        assertPrefix(keystrokeKey("닭"), keystrokeKey("달기"));
    }

    @Test
    void different_name_is_not_prefix() {
        assertFalse(keystrokeKey("아이유").startsWith(keystrokeKey("아이브")));
    }

    @Test
    void keystroke_key_drops_spaces_and_punctuation() {
        assertEquals(keystrokeKey("방탄소년단"), keystrokeKey("방탄 소년단!"));
    }

    @Test
    void keystroke_key_matches_bts_typed_in_either_mode() {
        assertEquals("bts", keystrokeKey("BTS"));
        assertEquals("bts", keystrokeKey("ㅠㅅㄴ"));
    }

    @Test
    void keystroke_key_keeps_shift_where_it_matters() {
        assertEquals("Rk", keystrokeKey("까"));
        assertEquals("rk", keystrokeKey("가"));
    }

    @Test
    void keystroke_key_keeps_digits() {
        assertEquals("2ne1", keystrokeKey("2NE1"));
    }

    @Test
    void keystroke_key_of_empty_and_blank_is_empty() {
        assertEquals("", keystrokeKey(""));
        assertEquals("", keystrokeKey(" - "));
    }

    // cheonjiinKey

    @Test
    void cheonjiin_key_spells_vowels_as_strokes() {
        assertEquals("ㅇㅣㆍㅇㅣㅇㅡㆍㆍ", cheonjiinKey("아이유"));
    }

    @Test
    void cheonjiin_first_stroke_of_yu_is_prefix() {
        assertPrefix(cheonjiinKey("아이으"), cheonjiinKey("아이유"));
    }

    @Test
    void cheonjiin_strokes_of_basic_vowels() {
        assertEquals("ㅣㆍ|ㅣㆍㆍ|ㆍㅣ|ㆍㆍㅣ|ㆍㅡ|ㆍㆍㅡ|ㅡㆍ|ㅡㆍㆍ|ㅡ|ㅣ",
                String.join("|", List.of("ㅏ", "ㅑ", "ㅓ", "ㅕ", "ㅗ", "ㅛ", "ㅜ", "ㅠ", "ㅡ", "ㅣ").stream()
                        .map(HangulKeyboard::cheonjiinKey).toList()));
    }

    @Test
    void cheonjiin_strokes_of_composite_vowels() {
        assertEquals("ㅣㆍㅣ|ㅣㆍㆍㅣ|ㆍㅣㅣ|ㆍㆍㅣㅣ|ㆍㅡㅣㆍ|ㆍㅡㅣㆍㅣ|ㆍㅡㅣ|ㅡㆍㆍㅣ|ㅡㆍㆍㅣㅣ|ㅡㆍㅣ|ㅡㅣ",
                String.join("|", List.of("ㅐ", "ㅒ", "ㅔ", "ㅖ", "ㅘ", "ㅙ", "ㅚ", "ㅝ", "ㅞ", "ㅟ", "ㅢ").stream()
                        .map(HangulKeyboard::cheonjiinKey).toList()));
    }

    @Test
    void cheonjiin_in_progress_stroke_symbols_are_prefix() {
        assertPrefix(cheonjiinKey("ㅇㆍ"), cheonjiinKey("어"));
        assertPrefix(cheonjiinKey("ㅇ·"), cheonjiinKey("어"));
        assertPrefix(cheonjiinKey("ㅇᆞ"), cheonjiinKey("어"));
        assertPrefix(cheonjiinKey("ㅇ‥"), cheonjiinKey("여"));
        assertPrefix(cheonjiinKey("ㅇᆢ"), cheonjiinKey("여"));
    }

    @Test
    void cheonjiin_half_typed_vowels_are_prefix() {
        assertPrefix(cheonjiinKey("이"), cheonjiinKey("아"));
        assertPrefix(cheonjiinKey("아"), cheonjiinKey("애"));
        assertPrefix(cheonjiinKey("오"), cheonjiinKey("와"));
        assertPrefix(cheonjiinKey("유"), cheonjiinKey("워"));
        assertPrefix(cheonjiinKey("트"), cheonjiinKey("트와이스"));
    }

    @Test
    void cheonjiin_key_splits_double_finals_and_keeps_consonants() {
        assertEquals("ㄷㅣㆍㄹㄱ", cheonjiinKey("닭"));
        assertEquals("ㄲㅣㆍ", cheonjiinKey("까"));
    }

    @Test
    void cheonjiin_key_lowercases_latin_and_drops_spaces() {
        assertEquals("bts2ㅂㅣㆍㅇ", cheonjiinKey("BTS 2 방!"));
    }

    @Test
    void cheonjiin_key_of_empty_is_empty() {
        assertEquals("", cheonjiinKey(""));
    }

    // preconditions and locale

    @Test
    void keyboard_methods_reject_null() {
        assertThrows(IllegalArgumentException.class, () -> toQwertyKeys(null));
        assertThrows(IllegalArgumentException.class, () -> fromQwertyKeys(null));
        assertThrows(IllegalArgumentException.class, () -> keystrokeKey(null));
        assertThrows(IllegalArgumentException.class, () -> cheonjiinKey(null));
    }

    @Test
    void keys_do_not_depend_on_turkish_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("iu", toQwertyKeys("IU"));
            assertEquals("iu", keystrokeKey("IU"));
            assertEquals("iu", cheonjiinKey("IU"));
            assertEquals("ㅑ", fromQwertyKeys("I"));
            assertEquals("아이유", fromQwertyKeys("DKDLDB"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
