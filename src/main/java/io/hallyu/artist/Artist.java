package io.hallyu.artist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One artist of the registry: a group or a person (a soloist is a person without groups).
 *
 * @param canonical the unique name the artist facet shows
 * @param contextRequired names that are ordinary words or shared by several artists, recognised
 *     in text only with supporting context such as the group's name beside them
 */
public record Artist(
    String canonical,
    String kind,
    String ko,
    String en,
    List<String> realNames,
    List<String> aliases,
    List<String> groups,
    List<String> contextRequired,
    String agency,
    String debut) {

  public Artist {
    realNames = realNames == null ? List.of() : List.copyOf(realNames);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    groups = groups == null ? List.of() : List.copyOf(groups);
    contextRequired = contextRequired == null ? List.of() : List.copyOf(contextRequired);
  }

  public boolean isGroup() {
    return "group".equals(kind);
  }

  /** Every name this artist goes by, canonical first, without duplicates. */
  public List<String> names() {
    Set<String> all = new LinkedHashSet<>();
    all.add(canonical);
    if (en != null) {
      all.add(en);
    }
    if (ko != null) {
      all.add(ko);
    }
    all.addAll(realNames);
    all.addAll(aliases);
    return new ArrayList<>(all);
  }

  /**
   * What a facet shows: {@code IU (아이유)}; a disambiguated name keeps one pair of brackets,
   * {@code Jin (진, BTS)}; the canonical name alone when there is nothing to add.
   */
  public String label() {
    int paren = canonical.indexOf(" (");
    String base = paren > 0 && canonical.endsWith(")") ? canonical.substring(0, paren) : canonical;
    String qualifier = base.equals(canonical) ? null
        : canonical.substring(paren + 2, canonical.length() - 1);
    String korean = ko == null || ko.equals(base) ? null : ko;
    if (korean == null && qualifier == null) {
      return canonical;
    }
    String inside = korean == null ? qualifier : qualifier == null ? korean : korean + ", " + qualifier;
    return base + " (" + inside + ")";
  }
}
