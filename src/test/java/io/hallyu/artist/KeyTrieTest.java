package io.hallyu.artist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTrieTest {
  static final KeyTrie TRIE = new KeyTrie(List.of("bts", "btob", "b", "아이유", "아이들", "威神"));

  @Test
  void a_walk_ends_on_the_key_it_spells() {
    assertEquals("bts", TRIE.key(TRIE.walk(KeyTrie.ROOT, "bts")));
    assertEquals("b", TRIE.key(TRIE.walk(KeyTrie.ROOT, "b")));
    assertEquals("아이유", TRIE.key(TRIE.walk(KeyTrie.ROOT, "아이유")));
    assertEquals("威神", TRIE.key(TRIE.walk(KeyTrie.ROOT, "威神"))); // neither ASCII nor Hangul
  }

  @Test
  void a_prefix_is_on_the_trie_but_spells_no_key() {
    int node = TRIE.walk(KeyTrie.ROOT, "bt");
    assertTrue(node > KeyTrie.ROOT);
    assertNull(TRIE.key(node));
    assertNull(TRIE.key(TRIE.walk(KeyTrie.ROOT, "아이")));
  }

  @Test
  void a_walk_goes_on_from_where_the_last_one_stopped() {
    int bt = TRIE.walk(KeyTrie.ROOT, "bt");
    assertEquals("btob", TRIE.key(TRIE.walk(bt, "ob")));
    assertEquals("아이들", TRIE.key(TRIE.child(TRIE.walk(KeyTrie.ROOT, "아이"), '들')));
  }

  @Test
  void going_up_retraces_the_walk() {
    int btob = TRIE.walk(KeyTrie.ROOT, "btob");
    assertEquals(btob, TRIE.up(btob, 0));
    assertEquals(TRIE.walk(KeyTrie.ROOT, "bt"), TRIE.up(btob, 2));
    assertEquals("b", TRIE.key(TRIE.up(btob, 3)));
    assertEquals(KeyTrie.ROOT, TRIE.up(btob, 4));
    assertEquals(KeyTrie.NONE, TRIE.up(btob, 5));
    assertEquals(KeyTrie.NONE, TRIE.up(KeyTrie.NONE, 1));
  }

  @Test
  void what_no_key_begins_with_falls_off() {
    assertEquals(KeyTrie.NONE, TRIE.walk(KeyTrie.ROOT, "btx"));
    assertEquals(KeyTrie.NONE, TRIE.walk(KeyTrie.ROOT, "btsx"));
    assertEquals(KeyTrie.NONE, TRIE.walk(KeyTrie.ROOT, "이"));
    assertEquals(KeyTrie.NONE, TRIE.child(KeyTrie.ROOT, 'a'));
    assertEquals(KeyTrie.NONE, TRIE.child(KeyTrie.ROOT, '神'));
    assertEquals(KeyTrie.NONE, TRIE.child(KeyTrie.ROOT, '\uffff'));
    assertEquals(KeyTrie.NONE, TRIE.walk(KeyTrie.NONE, "bts"));
    assertNull(TRIE.key(KeyTrie.NONE));
  }

  @Test
  void the_empty_walk_stays_at_the_root_which_is_no_key() {
    assertEquals(KeyTrie.ROOT, TRIE.walk(KeyTrie.ROOT, ""));
    assertNull(TRIE.key(KeyTrie.ROOT));
  }

  @Test
  void one_node_per_distinct_prefix() {
    // root, b, bt, bts, bto, btob, 아, 아이, 아이유, 아이들, 威, 威神
    assertEquals(12, TRIE.size());
  }

  @Test
  void the_registry_trie_knows_exactly_every_prefix_of_every_key() {
    ArtistRegistry registry = ArtistRegistry.bundled();
    Set<String> keys = new HashSet<>();
    for (Artist a : registry.artists()) {
      for (String name : a.names()) {
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
    }
    Set<String> prefixes = new HashSet<>();
    for (String key : keys) {
      for (int end = 1; end <= key.length(); end++) {
        prefixes.add(key.substring(0, end));
      }
    }
    KeyTrie trie = registry.keyTrie();
    assertEquals(prefixes.size() + 1, trie.size());
    for (String prefix : prefixes) {
      assertTrue(registry.isKeyPrefix(prefix), prefix);
      int node = trie.walk(KeyTrie.ROOT, prefix);
      String key = trie.key(node);
      assertEquals(keys.contains(prefix) ? prefix : null, key, prefix);
      if (key != null) {
        assertFalse(registry.lookupKey(key).isEmpty(), key);
      }
      for (char c : new char[] {'0', 'z', '가', '힣', 'ㅏ'}) {
        assertEquals(prefixes.contains(prefix + c), registry.isKeyPrefix(prefix + c), prefix + c);
      }
    }
    assertFalse(registry.isKeyPrefix(""));
  }
}
