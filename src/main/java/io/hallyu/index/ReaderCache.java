package io.hallyu.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small least-recently-used cache that lives and dies with one point-in-time reader, so it
 * never needs invalidating: a refresh brings a new searcher with an empty cache. Thread-safe.
 */
public final class ReaderCache {
  static final int CAPACITY = 512;

  private final Map<Object, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The value cached for {@code key}, or {@code null}. */
  public synchronized Object get(Object key) {
    return entries.get(key);
  }

  public synchronized void put(Object key, Object value) {
    entries.put(key, value);
  }
}
