package io.hallyu.artist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The registry's name keys as a trie of chars, so the tagger can follow a run of words key by key
 * and learn where a name may start and where one ends without building a string for each run. A
 * node stands for the prefix spelled on the way to it; the root for the empty one.
 *
 * <p>Nodes are numbered breadth-first, which puts the children of a node next to each other in
 * char order: flat arrays hold the whole trie, and a step is a binary search among siblings. The
 * root, which every word starts from and which has hundreds of children, has a table instead.
 */
final class KeyTrie {
  static final int ROOT = 0;
  /** Off the trie: no key starts with what was walked. */
  static final int NONE = -1;

  /** The children of node {@code n}: nodes {@code firstChild[n]} to {@code firstChild[n + 1] - 1}. */
  private final int[] firstChild;
  /** The char on the edge into each node. */
  private final char[] label;
  /** The node above each node; {@link #NONE} above the root. */
  private final int[] parent;
  /** The key each node spells, where it spells a whole key; otherwise null. */
  private final String[] key;
  /** The root's children by char, for ASCII and the syllables 가-힣 that begin nearly every word. */
  private final int[] rootChild = new int[0x80 + 0xD7A4 - 0xAC00];

  KeyTrie(Collection<String> keys) {
    Node root = new Node();
    for (String k : keys) {
      Node node = root;
      for (int i = 0; i < k.length(); i++) {
        node = node.children.computeIfAbsent(k.charAt(i), c -> new Node());
      }
      node.key = k;
    }
    List<Node> order = new ArrayList<>();
    order.add(root);
    for (int i = 0; i < order.size(); i++) {
      order.addAll(order.get(i).children.values());
    }
    firstChild = new int[order.size() + 1];
    label = new char[order.size()];
    parent = new int[order.size()];
    key = new String[order.size()];
    parent[ROOT] = NONE;
    int next = 1;
    for (int i = 0; i < order.size(); i++) {
      Node node = order.get(i);
      firstChild[i] = next;
      key[i] = node.key;
      for (char c : node.children.keySet()) {
        parent[next] = i;
        label[next++] = c;
      }
    }
    firstChild[order.size()] = next;
    Arrays.fill(rootChild, NONE);
    for (int i = firstChild[ROOT]; i < firstChild[ROOT + 1]; i++) {
      int slot = rootSlot(label[i]);
      if (slot >= 0) {
        rootChild[slot] = i;
      }
    }
  }

  private static final class Node {
    final TreeMap<Character, Node> children = new TreeMap<>();
    String key;
  }

  /** The node one {@code c} below {@code node}, or {@link #NONE}. */
  int child(int node, char c) {
    if (node == ROOT) {
      int slot = rootSlot(c);
      if (slot >= 0) {
        return rootChild[slot];
      }
    }
    int lo = firstChild[node];
    int hi = firstChild[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = label[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return NONE;
  }

  private static int rootSlot(char c) {
    return c < 0x80 ? c : NameKey.isSyllable(c) ? 0x80 + c - 0xAC00 : -1;
  }

  /** The node {@code s} leads to from {@code node}, or {@link #NONE}; {@code NONE} stays there. */
  int walk(int node, CharSequence s) {
    for (int i = 0; i < s.length() && node != NONE; i++) {
      node = child(node, s.charAt(i));
    }
    return node;
  }

  /** The node {@code steps} chars above {@code node}; {@link #NONE} above the root or from it. */
  int up(int node, int steps) {
    for (int i = 0; i < steps && node != NONE; i++) {
      node = parent[node];
    }
    return node;
  }

  /** The whole key {@code node} spells, or null when it only begins keys (or is {@link #NONE}). */
  String key(int node) {
    return node == NONE ? null : key[node];
  }

  /** How many nodes the trie has, the root included: one per distinct prefix. */
  int size() {
    return label.length;
  }
}
