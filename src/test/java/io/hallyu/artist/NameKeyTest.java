package io.hallyu.artist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void spacing_punctuation_case_and_accents_do_not_matter() {
    assertEquals("kimtaehyung", NameKey.of("Kim Tae-hyung"));
    assertEquals("kimtaehyung", NameKey.of("KIM TAEHYUNG"));
    assertEquals("rose", NameKey.of("Rosé"));
    assertEquals("rose", NameKey.of("Rose\u0301")); // e + combining acute
    assertEquals("gidle", NameKey.of("(G)I-DLE"));
    assertEquals("아이유", NameKey.of("아이유"));
    assertEquals("여자아이들", NameKey.of("(여자)아이들"));
    assertEquals("", NameKey.of("-- !"));
  }

  @Test
  void conjoining_jamo_come_back_as_syllables() {
    assertEquals("아이유", NameKey.of("\u110b\u1161\u110b\u1175\u110b\u1172"));
    assertEquals("각", NameKey.of("\u1100\u1161\u11a8"));
  }

  @Test
  void ascii_and_precomposed_hangul_take_the_plain_path() {
    assertEquals("bts", NameKey.plain("BTS"));
    assertEquals("아이유의", NameKey.plain("아이유의"));
    assertEquals("iu아이유", NameKey.plain("IU 아이유"));
    assertEquals("kimtaehyung", NameKey.plain("Kim Tae-hyung"));
    assertEquals("", NameKey.plain(""));
  }

  @Test
  void anything_else_is_normalized() {
    assertNull(NameKey.plain("Rosé"));
    assertNull(NameKey.plain("ＢＴＳ")); // fullwidth
    assertNull(NameKey.plain("ㅇㅏ")); // compatibility jamo
    assertNull(NameKey.plain("\u1100\u1161")); // conjoining jamo
    assertNull(NameKey.plain("가\u11a8")); // a syllable and a final consonant compose
    assertNull(NameKey.plain("BTS\u00a0V")); // no-break space
    assertNotNull(NameKey.plain("BTS V"));
  }

  @Test
  void the_plain_path_gives_the_normalized_key() {
    List<String> names = List.of("BTS", "bts", "V", "IU", "f(x)", "NCT 127", "2NE1", "Tae-yeon",
        "아이유", "뉴진스가", "방탄소년단", "가", "힣", "Kim 태형", "BTS의 뷔", "A-가-z", "12:45",
        "~`!@#$%^&*()_+={}[]|\\:;\"'<>,.?/", "\t\n\r", "");
    for (String name : names) {
      assertEquals(NameKey.normalized(name), NameKey.plain(name), name);
      assertEquals(NameKey.normalized(name), NameKey.of(name), name);
    }
  }

  @Test
  void every_string_of_ascii_and_syllables_keys_as_when_normalized() {
    for (char c = 0; c < 0x80; c++) {
      for (String s : List.of(String.valueOf(c), c + "가", "각" + c, "a" + c + "Z")) {
        assertEquals(NameKey.normalized(s), NameKey.of(s),
            () -> s.codePoints().boxed().toList().toString());
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(10); n > 0; n--) {
        sb.append(random.nextBoolean() ? (char) random.nextInt(0x80)
            : (char) (0xAC00 + random.nextInt(0xD7A4 - 0xAC00)));
      }
      String s = sb.toString();
      assertEquals(NameKey.normalized(s), NameKey.of(s), s);
    }
  }

  @Test
  void every_other_character_keys_as_when_normalized() {
    for (int c = 0x80; c <= 0xFFFF; c++) {
      String s = "A" + (char) c + "가";
      assertEquals(NameKey.normalized(s), NameKey.of(s), Integer.toHexString(c));
    }
  }

  @Test
  void keys_do_not_depend_on_turkish_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("iu", NameKey.of("IU"));
      assertEquals("twice", NameKey.of("TWICE"));
      assertEquals("iu", NameKey.of("İU")); // dotted capital I: decomposed, the dot dropped
    } finally {
      Locale.setDefault(saved);
    }
  }
}
