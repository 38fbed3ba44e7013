package io.hallyu.analysis;

import static io.hallyu.analysis.HangulRomanizer.foldRoman;
import static io.hallyu.analysis.HangulRomanizer.foldRomanPrefix;
import static io.hallyu.analysis.HangulRomanizer.romanizationKeys;
import static io.hallyu.analysis.HangulRomanizer.romanize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HangulRomanizerTest {

    private static boolean anyKeyStartsWith(Set<String> keys, String prefix) {
        return keys.stream().anyMatch(k -> k.startsWith(prefix));
    }

    // romanize

    @Test
    void romanizes_taehyeong() {
        assertEquals("taehyeong", romanize("태형"));
    }

    @Test
    void romanizes_surname_kim_as_gim() {
        assertEquals("gim", romanize("김"));
    }

    @Test
    void romanizes_without_sound_changes_between_syllables() {
        assertEquals("jeongguk", romanize("정국"));
        assertEquals("seokjin", romanize("석진"));
    }

    @Test
    void romanizes_silent_initial_ieung_as_nothing() {
        assertEquals("aiyu", romanize("아이유"));
    }

    @Test
    void romanizes_double_rieul_as_ll() {
        assertEquals("seolli", romanize("설리"));
    }

    @Test
    void romanizes_initial_rieul_as_r() {
        assertEquals("risa", romanize("리사"));
    }

    @Test
    void romanizes_tense_consonants() {
        assertEquals("kkattappajjassa", romanize("까따빠짜싸"));
    }

    @Test
    void romanizes_aspirated_consonants() {
        assertEquals("chakatapaha", romanize("차카타파하"));
    }

    @Test
    void romanizes_compound_vowels() {
        assertEquals("gwagwaegoegwogwegwiui", romanize("과괘괴궈궤귀의"));
    }

    @Test
    void romanizes_finals_as_pronounced_alone() {
        assertEquals("dak", romanize("닭"));
        assertEquals("sam", romanize("삶"));
        assertEquals("it", romanize("있"));
        assertEquals("bang", romanize("방"));
    }

    @Test
    void romanizes_standalone_jamo() {
        assertEquals("kkkk", romanize("ㅋㅋㅋㅋ"));
        assertEquals("wa", romanize("ㅘ"));
        assertEquals("rg", romanize("ㄺ"));
    }

    @Test
    void romanize_keeps_spaces_and_latin() {
        assertEquals("bangtan sonyeondan (BTS)", romanize("방탄 소년단 (BTS)"));
    }

    @Test
    void romanize_reads_nfd_text() {
        assertEquals("taehyeong", romanize(Normalizer.normalize("태형", Normalizer.Form.NFD)));
    }

    @Test
    void romanize_of_empty_is_empty() {
        assertEquals("", romanize(""));
    }

    // foldRoman

    @Test
    void fold_lowercases_and_drops_spaces_hyphens_apostrophes() {
        assertEquals(foldRoman("taehyung"), foldRoman("Tae-hyung"));
        assertEquals(foldRoman("sunmi"), foldRoman("Sun'mi"));
        assertEquals(foldRoman("kimtae"), foldRoman("Kim Tae"));
    }

    @Test
    void fold_meets_taehyung_spellings() {
        assertEquals("daehyung", foldRoman("taehyung"));
        assertEquals("daehyung", foldRoman("taehyeong"));
        assertEquals("daehyung", foldRoman("Tae-hyung"));
    }

    @Test
    void fold_meets_jisoo_and_jisu() {
        assertEquals(foldRoman("jisu"), foldRoman("jisoo"));
    }

    @Test
    void fold_meets_jeongyeon_and_jungyeon() {
        assertEquals(foldRoman("jeongyeon"), foldRoman("jungyeon"));
    }

    @Test
    void fold_meets_jungkook_and_jeongguk() {
        assertEquals(foldRoman("jeongguk"), foldRoman("jungkook"));
    }

    @Test
    void fold_meets_lee_and_i() {
        assertEquals("li", foldRoman("lee"));
        assertEquals("li", foldRoman("ri"));
    }

    @Test
    void fold_meets_seung_and_sung() {
        assertEquals(foldRoman("seungcheol"), foldRoman("sungchul"));
    }

    @Test
    void fold_meets_woo_and_u() {
        assertEquals(foldRoman("wonu"), foldRoman("wonwoo"));
    }

    @Test
    void fold_meets_young_and_yeong() {
        assertEquals(foldRoman("wonyeong"), foldRoman("wonyoung"));
    }

    @Test
    void fold_meets_shin_and_sin() {
        assertEquals(foldRoman("sin"), foldRoman("shin"));
    }

    @Test
    void fold_drops_y_after_s_j_and_ch() {
        assertEquals(foldRoman("suga"), foldRoman("syuga"));
        assertEquals(foldRoman("ju"), foldRoman("jyu"));
        assertEquals(foldRoman("chu"), foldRoman("chyu"));
    }

    @Test
    void fold_collapses_repeated_letters() {
        assertEquals(foldRoman("jeni"), foldRoman("jennie"));
        assertEquals(foldRoman("mini"), foldRoman("minnie"));
    }

    @Test
    void fold_strips_accents() {
        assertEquals(foldRoman("chong"), foldRoman("Chŏng"));
        assertEquals("lose", foldRoman("Rosé"));
    }

    @Test
    void fold_keeps_digits() {
        assertEquals("2ne1", foldRoman("2NE1"));
    }

    @Test
    void fold_drops_hangul_and_symbols() {
        assertEquals("iu", foldRoman("아이유 IU ♥"));
    }

    @Test
    void fold_of_empty_is_empty() {
        assertEquals("", foldRoman(""));
        assertEquals("", foldRoman(" - '"));
    }

    @Test
    void fold_keeps_different_names_apart() {
        assertFalse(foldRoman("jimin").equals(foldRoman("jisoo")));
        assertFalse(foldRoman("wonyoung").equals(foldRoman("wonwoo")));
    }

    // foldRomanPrefix

    @Test
    void prefix_fold_drops_half_typed_digraph() {
        assertEquals("daehy", foldRomanPrefix("taehye"));
        assertTrue(foldRoman("taehyeong").startsWith(foldRomanPrefix("taehye")));
    }

    @Test
    void prefix_fold_drops_half_typed_woo() {
        assertTrue(foldRoman("wonwoo").startsWith(foldRomanPrefix("wonw")));
        assertTrue(foldRoman("wonwoo").startsWith(foldRomanPrefix("wonwo")));
    }

    @Test
    void prefix_fold_keeps_completed_digraph() {
        assertEquals("jisu", foldRomanPrefix("jisoo"));
        assertEquals("ju", foldRomanPrefix("jeo"));
    }

    @Test
    void prefix_fold_keeps_other_trailing_letters() {
        assertEquals("gim", foldRomanPrefix("kim"));
    }

    @Test
    void every_typed_prefix_of_a_spelling_prefix_matches_its_fold() {
        for (String name : List.of("taehyeong", "jisoo", "jungkook", "wonwoo", "jeongyeon", "seungcheol", "jennie")) {
            String full = foldRoman(name);
            for (int i = 0; i <= name.length(); i++) {
                String typed = name.substring(0, i);
                assertTrue(full.startsWith(foldRomanPrefix(typed)), typed + " of " + name);
            }
        }
    }

    // romanizationKeys

    @Test
    void keys_start_with_revised_romanization_folded() {
        assertEquals("daehyung", romanizationKeys("태형").iterator().next());
    }

    @Test
    void taehyung_matches_a_key_of_taehyeong() {
        assertTrue(romanizationKeys("태형").contains(foldRoman("taehyung")));
    }

    @Test
    void kim_tae_prefixes_a_key_of_kim_taehyung() {
        assertTrue(anyKeyStartsWith(romanizationKeys("김태형"), foldRoman("kim tae")));
    }

    @Test
    void given_name_alone_matches_a_key_of_full_name() {
        assertTrue(romanizationKeys("김태형").contains(foldRoman("taehyung")));
    }

    @Test
    void western_order_matches_a_key_of_full_name() {
        assertTrue(romanizationKeys("김태형").contains(foldRoman("Taehyung Kim")));
    }

    @Test
    void keys_of_kim_taehyung_are_exact() {
        // kim and gim fold alike; the doubled g of "taehyung gim" collapses, as it does in the query
        assertEquals(List.of("gimdaehyung", "daehyung", "daehyungim"), List.copyOf(romanizationKeys("김태형")));
    }

    @Test
    void popular_surname_spellings_are_keys() {
        assertTrue(anyKeyStartsWith(romanizationKeys("이지은"), foldRoman("lee ji")));
        assertTrue(anyKeyStartsWith(romanizationKeys("이지은"), foldRoman("yi ji")));
        assertTrue(anyKeyStartsWith(romanizationKeys("박지민"), foldRoman("park ji")));
        assertTrue(anyKeyStartsWith(romanizationKeys("최수영"), foldRoman("choi soo")));
        assertTrue(anyKeyStartsWith(romanizationKeys("안재현"), foldRoman("ahn jae")));
        assertTrue(anyKeyStartsWith(romanizationKeys("임윤아"), foldRoman("lim yoona")));
        assertTrue(anyKeyStartsWith(romanizationKeys("정연"), foldRoman("jung")));
        assertTrue(anyKeyStartsWith(romanizationKeys("전정국"), foldRoman("jeon jungkook")));
        assertTrue(anyKeyStartsWith(romanizationKeys("전정국"), foldRoman("jun jung")));
    }

    @Test
    void revised_surname_spelling_still_matches() {
        assertTrue(anyKeyStartsWith(romanizationKeys("박지민"), foldRoman("bak")));
    }

    @Test
    void given_names_meet_their_popular_spellings() {
        assertTrue(romanizationKeys("지수").contains(foldRoman("jisoo")));
        assertTrue(romanizationKeys("정연").contains(foldRoman("jungyeon")));
        assertTrue(romanizationKeys("정국").contains(foldRoman("jungkook")));
        assertTrue(romanizationKeys("제니").contains(foldRoman("jennie")));
        assertTrue(romanizationKeys("리사").contains(foldRoman("lisa")));
        assertTrue(romanizationKeys("슈가").contains(foldRoman("suga")));
    }

    @Test
    void keys_ignore_spaces_inside_a_name() {
        assertEquals(romanizationKeys("김태형"), romanizationKeys("김 태형"));
    }

    @Test
    void keys_of_non_hangul_are_its_fold() {
        assertEquals(Set.of("iu"), romanizationKeys("IU"));
    }

    @Test
    void keys_of_empty_are_empty() {
        assertTrue(romanizationKeys("").isEmpty());
    }

    @Test
    void keys_are_unmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> romanizationKeys("김태형").add("x"));
    }

    @Test
    void keys_stay_few() {
        assertTrue(romanizationKeys("이지은").size() <= 10, romanizationKeys("이지은").toString());
    }

    // preconditions and locale

    @Test
    void romanizer_rejects_null() {
        assertThrows(IllegalArgumentException.class, () -> romanize(null));
        assertThrows(IllegalArgumentException.class, () -> romanizationKeys(null));
        assertThrows(IllegalArgumentException.class, () -> foldRoman(null));
        assertThrows(IllegalArgumentException.class, () -> foldRomanPrefix(null));
    }

    @Test
    void folding_does_not_depend_on_turkish_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("lisa", foldRoman("LISA"));
            assertEquals("iu", foldRoman("IU"));
            assertEquals("lisa", foldRoman("LISA".toLowerCase())); // what careless callers pass: lısa
            assertTrue(romanizationKeys("이지은").contains(foldRoman("LEE JI EUN")));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
