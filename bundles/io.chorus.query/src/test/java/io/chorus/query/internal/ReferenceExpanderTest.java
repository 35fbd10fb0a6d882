package io.chorus.query.internal;

import static io.chorus.query.internal.QueryTrees.and;
import static io.chorus.query.internal.QueryTrees.field;
import static io.chorus.query.internal.QueryTrees.near;
import static io.chorus.query.internal.QueryTrees.not;
import static io.chorus.query.internal.QueryTrees.or;
import static io.chorus.query.internal.QueryTrees.phrase;
import static io.chorus.query.internal.QueryTrees.ref;
import static io.chorus.query.internal.QueryTrees.term;
import static io.chorus.query.internal.QueryTrees.withoutSpans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.QuerySyntaxException;
import io.chorus.api.query.Reference;
import io.chorus.api.query.ReferenceResolver;
import io.chorus.api.query.Span;
import io.chorus.api.query.UnknownReferenceException;

class ReferenceExpanderTest {

    private final ChorusQueryLanguage language = new ChorusQueryLanguage();

    /** A semantic core of two brands, in Chorus text. */
    private static ReferenceResolver core(Map<String, String> entries) {
        return reference -> {
            String text = entries.get(reference.text());
            if (text == null) {
                throw new UnknownReferenceException("no " + reference.text() + " in the semantic core",
                        reference.span().start());
            }
            try {
                return QueryParser.parse(text, Grammar.CHORUS);
            } catch (QuerySyntaxException e) {
                throw new AssertionError(e);
            }
        };
    }

    private final ReferenceResolver acme = core(Map.of(
            "@acme", "\"Acme Robotics\" OR acme OR акме",
            "@acme.products", "roomba* OR \"vacuum cleaner\"",
            "@acme.exclusions", "\"acme pie\"",
            "@beta", "@beta.names OR beta",
            "@beta.names", "\"Beta Inc\"",
            "@loop", "x OR @loop.aliases",
            "@loop.aliases", "@loop"));

    @Test
    void everyReferenceIsReplacedWhereverItIs() throws Exception {
        Query query = language.parse("(@acme OR @beta) NEAR/3 @acme.products title:@acme NOT @acme.exclusions");
        Query expanded = language.expand(query, acme);
        Query acmeNames = or(phrase("Acme Robotics"), term("acme"), term("акме"));
        assertEquals(and(near(or(acmeNames, or(phrase("Beta Inc"), term("beta"))), 3,
                or(QueryTrees.prefix("roomba"), phrase("vacuum cleaner"))), field(Field.TITLE, acmeNames),
                not(phrase("acme pie"))), withoutSpans(expanded));
    }

    @Test
    void theRestOfTheTreeIsKeptWithItsSpans() throws Exception {
        Query query = language.parse("robot* \"x y\"~2 lang:ru");
        Query expanded = language.expand(query, acme);
        assertEquals(query, expanded);
        Query.Term term = new Query.Term("a", new Span(0, 1));
        assertSame(term, language.expand(term, acme));
    }

    @Test
    void unknownReferencesFailWithTheResolversMessage() throws Exception {
        Query query = language.parse("acme @gamma.people");
        UnknownReferenceException error = assertThrows(UnknownReferenceException.class,
                () -> language.expand(query, acme));
        assertEquals("no @gamma.people in the semantic core", error.getMessage());
        assertEquals(5, error.position());
    }

    @Test
    void aReferenceThatComesBackToItselfIsAnError() throws Exception {
        Query query = language.parse("a @loop");
        UnknownReferenceException error = assertThrows(UnknownReferenceException.class,
                () -> language.expand(query, acme));
        assertEquals("@loop refers to itself through @loop → @loop.aliases → @loop", error.getMessage());
    }

    @Test
    void aResolverAnsweringNothingIsAnError() throws Exception {
        UnknownReferenceException error = assertThrows(UnknownReferenceException.class,
                () -> language.expand(new Reference("acme", null, new Span(3, 8)), reference -> null));
        assertEquals("@acme stands for nothing", error.getMessage());
        assertEquals(3, error.position());
    }

    @Test
    void anExpandedQueryExportsWithoutReferenceMessages() throws Exception {
        Query expanded = language.expand(language.parse("@acme NOT @acme.exclusions"), acme);
        assertEquals("(\"Acme Robotics\" OR acme OR акме) NOT \"acme pie\"",
                language.export(expanded, io.chorus.api.query.Dialect.BRANDWATCH).text());
        assertEquals(true, language.export(expanded, io.chorus.api.query.Dialect.BRANDWATCH).isComplete());
        assertEquals(ref("acme", null), withoutSpans(language.parse("@acme")));
    }
}
