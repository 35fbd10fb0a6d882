package io.chorus.query.internal;

import static io.chorus.query.internal.QueryTrees.and;
import static io.chorus.query.internal.QueryTrees.field;
import static io.chorus.query.internal.QueryTrees.forms;
import static io.chorus.query.internal.QueryTrees.fuzzy;
import static io.chorus.query.internal.QueryTrees.near;
import static io.chorus.query.internal.QueryTrees.not;
import static io.chorus.query.internal.QueryTrees.onear;
import static io.chorus.query.internal.QueryTrees.or;
import static io.chorus.query.internal.QueryTrees.phrase;
import static io.chorus.query.internal.QueryTrees.prefix;
import static io.chorus.query.internal.QueryTrees.ref;
import static io.chorus.query.internal.QueryTrees.term;
import static io.chorus.query.internal.QueryTrees.withoutSpans;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.QuerySyntaxException;
import io.chorus.api.query.Span;

class QueryParserTest {

    private static Query parse(String text) throws QuerySyntaxException {
        return QueryParser.parse(text, Grammar.CHORUS);
    }

    private static void assertParses(Query expected, String text) throws QuerySyntaxException {
        assertEquals(expected, withoutSpans(parse(text)), text);
    }

    @Test
    void wordsOfAnyScriptAndInnerPunctuationAreTerms() throws QuerySyntaxException {
        assertParses(term("Сбер"), "Сбер");
        assertParses(term("#acme"), "#acme");
        assertParses(term("c++"), "c++");
        assertParses(term("wi-fi"), "wi-fi");
        assertParses(term("o'neil"), "o'neil");
        assertParses(term("AT&T"), "AT&T");
        assertParses(term("10:30"), "10:30");
        assertParses(term("東京"), "東京");
        assertParses(term("what?"), "what?");
        assertParses(term("bob@example.com"), "bob@example.com");
    }

    @Test
    void lowerCaseOperatorWordsAreOrdinaryWords() throws QuerySyntaxException {
        assertParses(and(term("rock"), term("and"), term("roll")), "rock and roll");
        assertParses(and(term("this"), term("or"), term("that"), term("not"), term("near")),
                "this or that not near");
        assertParses(and(term("And"), term("Or")), "And Or");
    }

    @Test
    void phrasesKeepTheirTextAndUnescapeQuotesAndBackslashes() throws QuerySyntaxException {
        assertParses(phrase("vacuum cleaner"), "\"vacuum cleaner\"");
        assertParses(phrase("say \"hi\""), "\"say \\\"hi\\\"\"");
        assertParses(phrase("C:\\path"), "\"C:\\\\path\"");
        assertParses(phrase("C:\\path"), "\"C:\\path\"");
        assertParses(phrase("https://example.com/a?b=c"), "\"https://example.com/a?b=c\"");
        assertParses(phrase("AND"), "\"AND\"");
    }

    @Test
    void prefixesAndFuzzyWords() throws QuerySyntaxException {
        assertParses(prefix("robot"), "robot*");
        assertParses(prefix("ro"), "ro*");
        assertParses(prefix("обзо"), "обзо*");
        assertParses(fuzzy("acme", 1), "acme~");
        assertParses(fuzzy("acme", 1), "acme~1");
        assertParses(fuzzy("acme", 2), "acme~2");
        assertParses(fuzzy("vacuum cleaner", 1), "\"vacuum cleaner\"~1");
        assertParses(fuzzy("acme", 1), "\"acme\"~");
    }

    @Test
    void wordFormsTakeAPlainWordOrPhraseAndReadLikeAnyOtherOperand() throws QuerySyntaxException {
        assertParses(forms("Сбербанк"), "forms:Сбербанк");
        assertParses(forms("Сбербанк"), "FORMS:Сбербанк");
        assertParses(forms("вклад в банке"), "forms:\"вклад в банке\"");
        assertParses(and(forms("вклад"), term("forms")), "forms:вклад forms");
        assertParses(near(forms("сбер"), 3, or(term("вклад"), forms("кредит"))), "forms:сбер NEAR/3 (вклад OR forms:кредит)");
        assertParses(field(Field.TITLE, forms("обзор")), "title:forms:обзор");
        assertParses(field(Field.TITLE, or(forms("обзор"), term("x"))), "title:(forms:обзор OR x)");
        assertParses(and(term("a"), not(forms("b"))), "a -forms:b");
        assertEquals(new Span(2, 13), QueryParser.parse("a forms:\"b c\" d", Grammar.CHORUS) instanceof Query.And and
                ? and.operands().get(1).span() : null);
    }

    @Test
    void andBindsTighterThanOrAndAdjacencyIsAnd() throws QuerySyntaxException {
        assertParses(or(and(term("a"), term("b")), term("c")), "a b OR c");
        assertParses(or(term("a"), and(term("b"), term("c"))), "a OR b c");
        assertParses(or(and(term("a"), term("b")), and(term("c"), term("d"))), "a AND b OR c AND d");
        assertParses(and(term("a"), term("b"), term("c")), "a b AND c");
        assertParses(or(term("a"), term("b"), term("c")), "a OR b OR c");
        assertParses(and(or(term("a"), term("b")), term("c")), "(a OR b) c");
    }

    @Test
    void parenthesesKeepTheirGroupInsteadOfFlattening() throws QuerySyntaxException {
        assertParses(or(term("a"), or(term("b"), term("c"))), "a OR (b OR c)");
        assertParses(and(term("a"), and(term("b"), term("c"))), "a (b c)");
        assertParses(term("a"), "((a))");
    }

    @Test
    void notIsAPrefixThatBindsTighterThanNearAndAnd() throws QuerySyntaxException {
        assertParses(and(term("a"), not(term("b"))), "a NOT b");
        assertParses(and(term("a"), not(term("b"))), "a AND NOT b");
        assertParses(and(not(term("b")), term("a")), "NOT b a");
        assertParses(and(term("a"), not(or(term("b"), term("c")))), "a NOT (b OR c)");
        assertParses(and(term("a"), not(not(term("b")))), "a NOT NOT b");
        assertParses(or(and(term("a"), not(term("b"))), term("c")), "a NOT b OR c");
    }

    @Test
    void minusExcludesLikeNot() throws QuerySyntaxException {
        assertParses(and(term("acme"), not(term("jobs"))), "acme -jobs");
        assertParses(and(term("acme"), not(phrase("for sale"))), "acme -\"for sale\"");
        assertParses(and(term("acme"), not(or(term("a"), term("b")))), "acme -(a OR b)");
        assertParses(and(term("acme"), not(field(Field.SITE, term("acme.com")))), "acme -site:acme.com");
        assertParses(term("wi-fi"), "wi-fi");
    }

    @Test
    void nearSitsBetweenAndAndNot() throws QuerySyntaxException {
        assertParses(near(term("acme"), 3, or(term("broken"), phrase("doesn't work"))),
                "acme NEAR/3 (broken OR \"doesn't work\")");
        assertParses(onear(phrase("which vacuum"), 5, term("buy")), "\"which vacuum\" ONEAR/5 buy");
        assertParses(and(term("a"), near(term("b"), 0, term("c")), term("d")), "a b NEAR/0 c d");
        assertParses(or(near(term("a"), 2, term("b")), term("c")), "a NEAR/2 b OR c");
        assertParses(near(near(term("a"), 2, term("b")), 1000, term("c")), "(a NEAR/2 b) NEAR/1000 c");
        assertParses(near(field(Field.TITLE, term("acme")), 4, term("review")), "title:acme NEAR/4 review");
    }

    @Test
    void fieldFiltersTakeAWordAPhraseOrAGroup() throws QuerySyntaxException {
        assertParses(field(Field.LANG, term("ru")), "lang:ru");
        assertParses(and(field(Field.LANG, term("ru")), field(Field.PLATFORM, term("vk"))), "lang:ru platform:vk");
        assertParses(field(Field.SITE, term("reddit.com")), "site:reddit.com");
        assertParses(field(Field.AUTHOR, phrase("John Smith")), "author:\"John Smith\"");
        assertParses(field(Field.TITLE, or(term("review"), term("обзор"))), "title:(review OR обзор)");
        assertParses(field(Field.URL, term("https://example.com/a")), "url:https://example.com/a");
        assertParses(field(Field.TITLE, prefix("robot")), "title:robot*");
        assertParses(field(Field.TITLE, fuzzy("acme", 1)), "title:acme~1");
        assertParses(field(Field.TITLE, ref("acme", null)), "title:@acme");
        assertParses(field(Field.TITLE, term("-x")), "title:-x");
        assertParses(field(Field.TITLE, term("AND")), "title:AND");
        assertParses(field(Field.TITLE, term("a")), "TITLE:a");
    }

    @Test
    void referencesAreNormalisedToLowerCase() throws QuerySyntaxException {
        assertParses(ref("acme", null), "@acme");
        assertParses(ref("acme", "products"), "@ACME.Products");
        assertParses(ref("acme-robotics_2", "exclusions"), "@acme-robotics_2.exclusions");
        assertParses(or(ref("acme", null), phrase("Acme Robotics")), "@acme OR \"Acme Robotics\"");
    }

    @Test
    void thePackageExamplesParse() throws QuerySyntaxException {
        assertParses(and(or(ref("acme", null), phrase("Acme Robotics")), or(prefix("robot"),
                fuzzy("vacuum cleaner", 1)), not(ref("acme", "exclusions"))),
                "(@acme OR \"Acme Robotics\") AND (robot* OR \"vacuum cleaner\"~1) NOT @acme.exclusions");
        assertParses(and(near(term("acme"), 3, or(term("broken"), phrase("doesn't work"))),
                field(Field.LANG, term("ru")), field(Field.PLATFORM, term("vk"))),
                "acme NEAR/3 (broken OR \"doesn't work\")        lang:ru platform:vk");
        assertParses(and(onear(phrase("which vacuum"), 5, term("buy")), field(Field.SITE, term("reddit.com")),
                field(Field.TITLE, or(term("review"), term("обзор")))),
                "\"which vacuum\" ONEAR/5 buy                    site:reddit.com title:(review OR обзор)");
    }

    @Test
    void whitespaceOfAnyKindSeparatesWords() throws QuerySyntaxException {
        assertParses(and(term("a"), term("b"), term("c")), "\ta\u00A0b\nc  ");
    }

    @Test
    void spansPointIntoTheText() throws QuerySyntaxException {
        //                         0         1         2         3
        //                         0123456789012345678901234567890123456
        Query query = parse("(acme OR \"x y\") NOT title:ro* a~2");
        Query.And and = (Query.And) query;
        assertEquals(new Span(0, 33), and.span());
        Query.Or or = (Query.Or) and.operands().get(0);
        assertEquals(new Span(1, 14), or.span());
        assertEquals(new Span(1, 5), or.operands().get(0).span());
        assertEquals(new Span(9, 14), or.operands().get(1).span());
        Query.Not not = (Query.Not) and.operands().get(1);
        assertEquals(new Span(16, 29), not.span());
        Query.FieldFilter title = (Query.FieldFilter) not.operand();
        assertEquals(new Span(20, 29), title.span());
        assertEquals(new Span(26, 29), title.value().span());
        assertEquals(new Span(30, 33), and.operands().get(2).span());
    }

    @Test
    void spansOfNearReferencesAndFieldGroups() throws QuerySyntaxException {
        //                         0         1         2         3
        //                         0123456789012345678901234567890123
        Query.And and = (Query.And) parse("@acme.people NEAR/2 ceo title:(a b)");
        Query.Near near = (Query.Near) and.operands().get(0);
        assertEquals(new Span(0, 23), near.span());
        assertEquals(new Span(0, 12), near.left().span());
        assertEquals(new Span(20, 23), near.right().span());
        Query.FieldFilter title = (Query.FieldFilter) and.operands().get(1);
        assertEquals(new Span(24, 35), title.span());
        assertEquals(new Span(31, 34), title.value().span());
        assertEquals(new Span(0, 35), and.span());
        Query.Not minus = (Query.Not) ((Query.And) parse("b -a")).operands().get(1);
        assertEquals(new Span(2, 4), minus.span());
        assertEquals(new Span(3, 4), minus.operand().span());
    }

    @Test
    void notInsideAGroupIsFineWhenThereIsSomethingToFind() throws QuerySyntaxException {
        assertParses(and(term("acme"), or(term("a"), not(term("b")))), "acme (a OR NOT b)");
        assertParses(and(term("c"), and(not(term("a")), not(term("b")))), "c (NOT a NOT b)");
        assertParses(and(term("acme"), field(Field.TITLE, not(term("x")))), "acme title:(NOT x)");
    }
}
