package io.chorus.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.chorus.api.mention.Mention;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;

/** Every query construct, compiled and run against real mentions in a Lucene MemoryIndex. */
class LuceneQueryCompilerTest {

    private static final MentionAnalyzer ANALYZER = new MentionAnalyzer();
    private static final FuzzyWords.Builder FUZZY_WORDS = new FuzzyWords.Builder();
    private static final LuceneQueryCompiler COMPILER = new LuceneQueryCompiler(ANALYZER, FUZZY_WORDS);

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static Mention mention(String text) {
        return new Mention("1", "vk", "https://www.vk.com/wall-1_2", "Anna", null, "Обзор пылесосов", text, "ru");
    }

    private static boolean matches(Query query, Mention mention) throws QueryException {
        MemoryIndex index = new MemoryIndex(true, true);
        org.apache.lucene.search.Query compiled = COMPILER.compile(query);
        ANALYZER.useFuzzyWords(FUZZY_WORDS.build());
        Document document = MentionFields.document(mention, true);
        document.getFields().forEach(field -> index.addField(field, ANALYZER));
        return index.search(compiled) > 0;
    }

    private static Query term(String text) {
        return new Query.Term(text, Span.NONE);
    }

    @Test
    void wordsIgnoreCaseDiacriticsAndWidth() throws QueryException {
        assertTrue(matches(term("sony"), mention("Купил ＳＯＮＹ вчера")));
        assertTrue(matches(term("Ёлка"), mention("ёлка и елка")));
        assertTrue(matches(term("cafe"), mention("Best café in town")));
        assertFalse(matches(term("Сбербанк"), mention("Сбербанка нет рядом")), "exact words: no other forms");
    }

    @Test
    void phrasesAndJapanese() throws QueryException {
        assertTrue(matches(new Query.Phrase("Сбербанк Онлайн", Span.NONE), mention("приложение сбербанк онлайн вылетает")));
        assertFalse(matches(new Query.Phrase("Сбербанк Онлайн", Span.NONE), mention("онлайн сбербанк")));
        assertTrue(matches(term("ソニー"), mention("ソニーの新しいテレビを買いました")));
    }

    @Test
    void prefixFuzzyAndNear() throws QueryException {
        assertTrue(matches(new Query.Prefix("пылесос", Span.NONE), mention("какой пылесосик купить?")));
        assertTrue(matches(new Query.Fuzzy("samsung", 1, Span.NONE), mention("купил samsnug")));
        assertFalse(matches(new Query.Fuzzy("samsung", 1, Span.NONE), mention("купил samnsgu")));
        assertFalse(matches(new Query.Fuzzy("samsung", 1, Span.NONE), mention("купил tamsung")),
                "the first letter is kept");
        assertTrue(matches(new Query.Fuzzy("samsung", 2, Span.NONE), mention("купил samsnig")));
        assertTrue(matches(new Query.Fuzzy("Сбербанк", 1, Span.NONE), mention("СБЕРБНК опять")), "folded first");
        Query fuzzyPhrase = new Query.Fuzzy("galaxy note", 1, Span.NONE);
        assertTrue(matches(fuzzyPhrase, mention("my galaxi notr died")));
        assertFalse(matches(fuzzyPhrase, mention("notr galaxi")), "a fuzzy phrase keeps its word order");
        Query fuzzyNear = new Query.Near(new Query.Fuzzy("samsung", 1, Span.NONE), term("broken"), 1, true,
                Span.NONE);
        assertTrue(matches(fuzzyNear, mention("samsnug screen broken")));
        assertFalse(matches(fuzzyNear, mention("samsnug, the screen is not broken")));
        // the title is "Обзор пылесосов"
        assertTrue(matches(new Query.FieldFilter(Field.TITLE, new Query.Fuzzy("пылесософ", 1, Span.NONE),
                Span.NONE), mention("hello")));
        assertFalse(matches(new Query.FieldFilter(Field.TITLE, new Query.Fuzzy("пылесос", 1, Span.NONE),
                Span.NONE), mention("hello")), "two letters away");
        Query near = new Query.Near(term("робот"), term("пылесос"), 2, false, Span.NONE);
        assertTrue(matches(near, mention("пылесос или робот")));
        assertFalse(matches(near, mention("робот, который не умеет ничего, а не пылесос")));
        Query ordered = new Query.Near(term("робот"), term("пылесос"), 2, true, Span.NONE);
        assertFalse(matches(ordered, mention("пылесос или робот")));
        assertTrue(matches(ordered, mention("робот пылесос")));
    }

    @Test
    void wordFormsFindEveryGrammaticalFormAlsoInsideNearAndTitles() throws QueryException {
        Query sber = new Query.Forms("Сбербанк", Span.NONE);
        assertTrue(matches(sber, mention("Открыл вклад в Сбербанке")));
        assertTrue(matches(sber, mention("У СБЕРБАНКА новое приложение")));
        assertTrue(matches(sber, mention("Доволен Сбербанком")), "instrumental: the й of -ой must reach the stemmer");
        assertTrue(matches(new Query.Forms("доставка", Span.NONE), mention("опоздали с доставкой")));
        assertTrue(matches(new Query.Forms("ёлка", Span.NONE), mention("у ёлки")));
        assertTrue(matches(new Query.Forms("ёлка", Span.NONE), mention("у елки")), "ё and е are one letter here");
        assertTrue(matches(new Query.Forms("café", Span.NONE), mention("two CAFES")), "diacritics still ignored");
        assertFalse(matches(sber, mention("Сбер и ВТБ")), "forms are of the same word, not prefixes of it");
        assertTrue(matches(new Query.Forms("vacuum cleaner", Span.NONE), mention("two vacuum cleaners compared")));
        assertFalse(matches(new Query.Forms("vacuum cleaner", Span.NONE), mention("cleaners for a vacuum")));
        Query near = new Query.Near(sber, new Query.Forms("вклад", Span.NONE), 2, false, Span.NONE);
        assertTrue(matches(near, mention("о вкладах в Сбербанке")));
        assertFalse(matches(near, mention("о вкладах, которые я когда-то открывал в Сбербанке")));
        Query mixed = new Query.Near(term("открыл"), sber, 3, true, Span.NONE);
        assertTrue(matches(mixed, mention("Открыл вклад в Сбербанке")));
        assertFalse(matches(mixed, mention("Сбербанк открыл офис")));
        assertTrue(matches(new Query.FieldFilter(Field.TITLE, new Query.Forms("пылесос", Span.NONE), Span.NONE),
                mention("hello")));
        assertTrue(matches(term("ソニー"), mention("ソニーの新しいテレビ")));
        assertTrue(matches(new Query.Forms("ソニー", Span.NONE), mention("ソニーの新しいテレビ")),
                "no stemmer for Japanese: the words as typed");
    }

    @Test
    void aBrandNearAWordKeepsItsContextAndExclusionsForTheWholeMention() throws QueryException {
        // What @apple expands to: (names AND a context word) OR a product, NOT an exclusion.
        Query names = new Query.Or(List.of(term("apple"), term("эппл")), Span.NONE);
        Query brand = new Query.And(List.of(new Query.Or(List.of(new Query.And(List.of(names,
                new Query.Or(List.of(term("iphone"), term("mac")), Span.NONE)), Span.NONE),
                new Query.Phrase("vision pro", Span.NONE), term("airpods")), Span.NONE),
                new Query.Not(new Query.Phrase("apple pie", Span.NONE), Span.NONE)), Span.NONE);
        Query near = new Query.Near(brand, new Query.Forms("broken", Span.NONE), 3, false, Span.NONE);
        assertTrue(matches(near, mention("my apple screen broken again, iphone 15")));
        assertFalse(matches(near, mention("apple screen broken, the fruit one")), "no context word");
        assertFalse(matches(near, mention("apple broken into the apple pie, on my iphone")), "an exclusion");
        assertFalse(matches(near, mention("apple is great and my iphone, after a long long day, broken")),
                "the name is too far");
        assertTrue(matches(near, mention("airpods broken after a week")), "products need no context");
        assertTrue(matches(near, mention("vision pro strap broken")));
        Query both = new Query.Near(near, term("again"), 5, false, Span.NONE);
        assertTrue(matches(both, mention("my apple screen broken again, iphone 15")));
        assertFalse(matches(both, mention("again, I said it many many many times: my apple screen broken, iphone")));
    }

    @Test
    void booleansAndNot() throws QueryException {
        Query apple = new Query.And(List.of(term("apple"), new Query.Or(List.of(term("iphone"), term("mac")), Span.NONE),
                new Query.Not(new Query.Phrase("apple pie", Span.NONE), Span.NONE)), Span.NONE);
        assertTrue(matches(apple, mention("my apple iphone broke")));
        assertFalse(matches(apple, mention("apple pie with iphone photos")));
        assertFalse(matches(apple, mention("apple tree")));
        assertTrue(matches(new Query.Not(term("spam"), Span.NONE), mention("hello")));
    }

    @Test
    void fieldFilters() throws QueryException {
        Mention mention = mention("hello");
        assertTrue(matches(new Query.FieldFilter(Field.SITE, term("vk.com"), Span.NONE), mention));
        assertFalse(matches(new Query.FieldFilter(Field.SITE, term("reddit.com"), Span.NONE), mention));
        assertTrue(matches(new Query.FieldFilter(Field.PLATFORM, term("VK"), Span.NONE), mention));
        assertTrue(matches(new Query.FieldFilter(Field.LANG, term("ru"), Span.NONE), mention));
        assertTrue(matches(new Query.FieldFilter(Field.AUTHOR, term("anna"), Span.NONE), mention));
        assertTrue(matches(new Query.FieldFilter(Field.URL, term("https://vk.com/wall-1"), Span.NONE), mention));
        assertTrue(matches(new Query.FieldFilter(Field.TITLE, new Query.Prefix("пылесос", Span.NONE), Span.NONE),
                mention));
    }

    @Test
    void mistakesAreQueryExceptionsWithPositions() {
        QueryException reference = assertThrows(QueryException.class,
                () -> COMPILER.compile(new Reference("acme", null, new Span(4, 9))));
        assertEquals(4, reference.position());
        QueryException near = assertThrows(QueryException.class, () -> COMPILER.compile(new Query.Near(
                new Query.Not(term("a"), new Span(2, 9)), term("c"), 3, false, Span.NONE)));
        assertTrue(near.getMessage().startsWith("NEAR needs words on each side"), near.getMessage());
        assertEquals(2, near.position());
        assertTrue(assertThrows(QueryException.class, () -> COMPILER.compile(term("!!!"))).getMessage()
                .contains("no words to search for"));
    }
}
