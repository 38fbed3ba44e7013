package io.hallyu.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keys sorted once, each with an int payload; the keys starting with a prefix are one contiguous
 * range found by two binary searches, so a lookup costs O(log n) plus the matches, never a scan
 * of every key.
 */
final class KeyTable {
  private final String[] keys;
  private final int[] payloads;

  private KeyTable(String[] keys, int[] payloads) {
    this.keys = keys;
    this.payloads = payloads;
  }

  int size() {
    return keys.length;
  }

  /** Receives each key with the prefix and its payload. */
  @FunctionalInterface
  interface Visitor {
    void visit(String key, int payload);
  }

  /** Calls {@code visitor} for every key that starts with {@code prefix}, in key order. */
  void forEachWithPrefix(String prefix, Visitor visitor) {
    int from = lowerBound(prefix);
    // \uFFFF sorts after every char of a key, so this is the first key past the prefix range.
    int to = lowerBound(prefix + '\uFFFF');
    for (int i = from; i < to; i++) {
      visitor.visit(keys[i], payloads[i]);
    }
  }

  private int lowerBound(String key) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid].compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Collects keys in any order; {@link #build} sorts them. */
  static final class Builder {
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> payloads = new ArrayList<>();

    void add(String key, int payload) {
      if (!key.isEmpty()) {
        keys.add(key);
        payloads.add(payload);
      }
    }

    /**
     * Sorts by key, then by {@code order}, dropping the payloads of a key that
     * {@link PayloadOrder#redundant} says add nothing over the one before.
     */
    KeyTable build(PayloadOrder order) {
      Integer[] index = new Integer[keys.size()];
      for (int i = 0; i < index.length; i++) {
        index[i] = i;
      }
      Arrays.sort(index, (a, b) -> {
        int c = keys.get(a).compareTo(keys.get(b));
        return c != 0 ? c : order.compare(payloads.get(a), payloads.get(b));
      });
      String[] k = new String[index.length];
      int[] p = new int[index.length];
      int n = 0;
      for (Integer i : index) {
        String key = keys.get(i);
        int payload = payloads.get(i);
        if (n > 0 && k[n - 1].equals(key) && order.redundant(p[n - 1], payload)) {
          continue;
        }
        k[n] = n > 0 && k[n - 1].equals(key) ? k[n - 1] : key; // share one String per key
        p[n] = payload;
        n++;
      }
      return new KeyTable(Arrays.copyOf(k, n), Arrays.copyOf(p, n));
    }
  }

  /** How payloads of one key are ordered, and when a later one adds nothing. */
  interface PayloadOrder {
    int compare(int a, int b);

    /** Whether {@code later}, sorted after {@code earlier} under the same key, can be dropped. */
    boolean redundant(int earlier, int later);
  }
}
