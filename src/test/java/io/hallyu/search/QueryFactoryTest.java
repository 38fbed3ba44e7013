package io.hallyu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hallyu.analysis.Analyzers;
import io.hallyu.artist.ArtistRegistry;
import io.hallyu.index.Schema;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class QueryFactoryTest {
  static final ArtistRegistry REGISTRY = ArtistRegistry.bundled();
  static final QueryFactory FACTORY = new QueryFactory(REGISTRY, Analyzers.forRegistry(REGISTRY));

  static Set<String> bodyTerms(Query q) {
    Set<String> terms = new TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... ts) {
        for (Term t : ts) {
          if (t.field().equals(Schema.BODY)) {
            terms.add(t.text());
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    return terms;
  }

  @Test
  void a_word_ending_the_query_is_segmented_as_inside_a_sentence() {
    // Alone, Nori reads the last word of its input as 일 + 본의 and 이순 + 신의.
    assertEquals(Set.of("일본"), bodyTerms(FACTORY.build("일본의", QueryFactory.Operator.AND).query()));
    assertEquals(Set.of("이순신", "고향"),
        bodyTerms(FACTORY.build("고향 이순신의", QueryFactory.Operator.AND).query()));
  }

  @Test
  void a_repeated_word_and_an_exclusion_each_take_their_own_place() {
    Query q = FACTORY.build("일본의 수도 -일본의", QueryFactory.Operator.AND).query();
    assertEquals(Set.of("일본", "수도"), bodyTerms(q));
    assertTrue(q.toString().contains("-(") && q.toString().contains("body:일본"), q.toString());
  }

  @Test
  void under_or_the_parts_of_a_split_word_count_one_by_one() {
    BooleanQuery or = (BooleanQuery) FACTORY.build("합성생물학", QueryFactory.Operator.OR).query();
    assertFalse(or.toString().contains("+body:"), or.toString());
    BooleanQuery and = (BooleanQuery) FACTORY.build("합성생물학", QueryFactory.Operator.AND).query();
    assertTrue(and.toString().contains("+body:합성"), and.toString());
  }

  @Test
  void phrases_and_artist_runs_still_build_phrase_queries() {
    assertTrue(FACTORY.build("\"Love wins all\"", QueryFactory.Operator.AND).query().toString()
        .contains("body:\"love win all\""));
    assertTrue(FACTORY.build("Kim Tae-hyung", QueryFactory.Operator.AND).query().toString()
        .contains("artist:V"));
  }

  @Test
  void the_bigram_clause_is_optional_so_it_ranks_but_never_decides_a_match() {
    BooleanQuery q = (BooleanQuery) FACTORY.build("뉴진스 컴백", QueryFactory.Operator.AND).query();
    long required = q.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.MUST).count();
    assertEquals(2, required);
    assertTrue(q.clauses().stream().anyMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD
        && c.getQuery().toString().contains(Schema.BIGRAMS + ":뉴진")), q.toString());
    assertFalse(FACTORY.build("-뉴진스", QueryFactory.Operator.AND).query().toString()
        .contains(Schema.BIGRAMS), "no bigram clause without a positive term");
  }
}
