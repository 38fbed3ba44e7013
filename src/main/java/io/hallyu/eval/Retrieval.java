package io.hallyu.eval;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;

/**
 * One configuration under evaluation: how a passage becomes a document (the index analyzer runs
 * over it) and how a question becomes a query.
 */
public record Retrieval(String name, Analyzer analyzer, Function<BeirSet.Passage, Document> document,
    Function<String, Query> query) {}
