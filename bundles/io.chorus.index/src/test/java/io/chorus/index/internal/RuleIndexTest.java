package io.chorus.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;

/** Mentions' fields no rule reads are not analysed, and matching is the same without them. */
class RuleIndexTest {

    private static RuleIndex index(Query... queries) {
        List<RuleIndex.Rule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < queries.length; i++) {
            rules.add(new RuleIndex.Rule("b", "r" + i, queries[i]));
        }
        return new RuleIndex(rules, new MentionAnalyzer(), Set.of());
    }

    private static List<String> ids(List<MentionMatch> matches) {
        return matches.stream().map(match -> match.brandId() + "/" + match.ruleId()).toList();
    }

    @Test
    void readsOnlyTheFieldsOfItsRules() {
        RuleIndex index = index(new TermQuery(new Term(MentionFields.TEXT, "acme")),
                new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(new PrefixQuery(new Term(MentionFields.TITLE_STEMS, "spam")), BooleanClause.Occur.MUST_NOT)
                        .build());
        assertTrue(index.reads(MentionFields.TEXT));
        assertTrue(index.reads(MentionFields.TITLE_STEMS));
        assertFalse(index.reads(MentionFields.TEXT_STEMS));
        assertFalse(index.reads(MentionFields.TITLE));
        assertFalse(index.reads(MentionFields.LANG));

        Mention acme = new Mention("1", "x", "", "", null, "Spamming", "I like ACME", "en");
        Mention spam = new Mention("2", "x", "", "", null, "spammers", "no brand", "en");
        Mention both = new Mention("3", "x", "", "", null, "Acme", "acme", "en");
        assertEquals(List.of("b/r0"), ids(index.match(acme, (rule, error) -> { })));
        assertEquals(List.of(), ids(index.match(spam, (rule, error) -> { })));
        assertEquals(List.of("b/r0", "b/r1"), ids(index.match(both, (rule, error) -> { })));
        assertEquals(List.of(new MentionMatch.MatchedText("text", 7, 11, "ACME")),
                index.match(acme, (rule, error) -> { }).get(0).matched());
    }

    /** A query of a kind that does not say which fields it reads, as custom queries often do not. */
    private static final class Unnamed extends Query {
        @Override
        public String toString(String field) {
            return "unnamed";
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other);
        }

        @Override
        public int hashCode() {
            return classHash();
        }
    }

    @Test
    void readsEveryFieldWhenAQueryMightReadFieldsItDoesNotName() {
        RuleIndex index = index(new TermQuery(new Term(MentionFields.TEXT, "acme")), new Unnamed());
        assertTrue(index.reads(MentionFields.TEXT_STEMS));
        assertTrue(index.reads(MentionFields.TITLE));
    }
}
