package io.hallyu.artist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The artist registry: every spelling of every artist, resolved to one canonical name. One
 * registry drives recognition in text, query expansion, facet labels, the Nori user dictionary
 * and suggestions.
 */
public final class ArtistRegistry {
  /** The bundled registry, built from kpopnet.json (CC0) plus the team's additions. */
  public static final String RESOURCE = "/io/hallyu/artist/registry.jsonl";

  private final Map<String, Artist> byCanonical;
  private final Map<String, List<Artist>> byKey;
  /** Every key, char by char: lets the tagger stop extending a run no key begins. */
  private final KeyTrie keyTrie;
  private final Map<String, Set<String>> contextKeys;

  public ArtistRegistry(Collection<Artist> artists) {
    Map<String, Artist> canonical = new LinkedHashMap<>();
    Map<String, List<Artist>> keys = new HashMap<>();
    Map<String, Set<String>> context = new HashMap<>();
    for (Artist a : artists) {
      if (canonical.putIfAbsent(a.canonical(), a) != null) {
        throw new IllegalArgumentException("duplicate canonical artist name: " + a.canonical());
      }
      for (String name : a.names()) {
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
          List<Artist> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (!list.contains(a)) {
            list.add(a);
          }
        }
      }
      context.put(a.canonical(),
          a.contextRequired().stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet()));
    }
    keys.replaceAll((k, v) -> List.copyOf(v));
    // Registry order (sorted by canonical name) is kept, so everything built from it is stable.
    this.byCanonical = java.util.Collections.unmodifiableMap(canonical);
    this.byKey = Map.copyOf(keys);
    this.keyTrie = new KeyTrie(byKey.keySet());
    this.contextKeys = Map.copyOf(context);
  }

  /** Loads the bundled registry. */
  public static ArtistRegistry bundled() {
    try (InputStream in = ArtistRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("artist registry resource missing: " + RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a registry from JSON Lines, one artist a line. */
  public static ArtistRegistry load(InputStream in) throws IOException {
    ObjectMapper mapper = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<Artist> artists = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      if (!line.isBlank()) {
        artists.add(mapper.readValue(line, Artist.class));
      }
    }
    return new ArtistRegistry(artists);
  }

  public Collection<Artist> artists() {
    return byCanonical.values();
  }

  public Artist byCanonical(String canonical) {
    return byCanonical.get(canonical);
  }

  /** All artists who go by this name (any spelling); empty when nobody does. */
  public List<Artist> lookup(String name) {
    return byKey.getOrDefault(NameKey.of(name), List.of());
  }

  /** Like {@link #lookup} for a name already turned into a {@link NameKey}. */
  public List<Artist> lookupKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** Whether some name key starts with {@code prefix} (or is it). */
  public boolean isKeyPrefix(String prefix) {
    return !prefix.isEmpty() && keyTrie.walk(KeyTrie.ROOT, prefix) != KeyTrie.NONE;
  }

  /** The keys as a trie, holding the same key strings as {@link #lookupKey} takes. */
  KeyTrie keyTrie() {
    return keyTrie;
  }

  /**
   * Resolves a name a user or a record gave to one canonical name: an exact canonical name wins,
   * then a spelling only one artist uses. Unknown or ambiguous names come back unchanged.
   */
  public String resolve(String name) {
    String trimmed = name.strip();
    if (byCanonical.containsKey(trimmed)) {
      return trimmed;
    }
    List<Artist> found = lookup(trimmed);
    return found.size() == 1 ? found.get(0).canonical() : trimmed;
  }

  /**
   * Whether {@code key} is too ordinary to name {@code artist} on its own: the registry says so,
   * another artist shares it, or it is a single letter or syllable.
   */
  public boolean needsContext(Artist artist, String key) {
    return key.length() <= 1
        || byKey.getOrDefault(key, List.of()).size() > 1
        || contextKeys.getOrDefault(artist.canonical(), Set.of()).contains(key);
  }

  /** The members of a group, by canonical name. */
  public List<Artist> members(String group) {
    return byCanonical.values().stream().filter(a -> a.groups().contains(group)).toList();
  }
}
