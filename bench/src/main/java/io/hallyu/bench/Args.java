package io.hallyu.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs; a repeated name keeps every value. */
final class Args {
  private final Map<String, List<String>> values = new HashMap<>();

  Args(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
      }
      values.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
    }
  }

  String get(String name, String fallback) {
    List<String> v = values.get(name);
    if (v != null) return v.get(v.size() - 1);
    if (fallback == null) throw new IllegalArgumentException("missing " + name);
    return fallback;
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }
}
