package io.hallyu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void writes_are_disabled_unless_a_token_is_set_and_the_body_limit_defaults_to_10_mb() {
    Settings d = Settings.defaults();
    assertFalse(d.writesEnabled());
    assertEquals(10L * 1024 * 1024, d.maxBodyBytes());
    assertNull(Settings.resolve(null, null, Map.of("HALLYU_ADMIN_TOKEN", "  ")).adminToken());
    Settings s = Settings.resolve(null, null,
        Map.of("HALLYU_ADMIN_TOKEN", " s3cret ", "HALLYU_MAX_BODY_BYTES", "2048"));
    assertEquals("s3cret", s.adminToken());
    assertEquals(2048, s.maxBodyBytes());
  }

  @Test
  void the_token_never_appears_in_the_settings_text() {
    Settings s = Settings.resolve(null, null, Map.of("HALLYU_ADMIN_TOKEN", "s3cret"));
    assertFalse(s.toString().contains("s3cret"), s.toString());
    assertTrue(s.toString().contains("adminToken=set"), s.toString());
  }

  @Test
  void bad_numbers_fail_with_the_variable_named() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Settings.resolve(null, null, Map.of("HALLYU_MAX_BODY_BYTES", "ten")));
    assertTrue(e.getMessage().contains("HALLYU_MAX_BODY_BYTES"));
    assertThrows(IllegalArgumentException.class,
        () -> Settings.resolve(null, null, Map.of("HALLYU_MAX_BODY_BYTES", "0")));
    assertThrows(IllegalArgumentException.class,
        () -> Settings.resolve(null, null, Map.of("PORT", "99999999999")));
  }
}
