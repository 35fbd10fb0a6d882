package io.chorus.source.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

    @Test
    void wordsAndPhrasesWithoutOperatorsOrFieldFilters() {
        assertEquals(List.of("acme", "acme cloud", "ヤンデックス"),
                QueryWords.of("(Acme OR \"Acme Cloud\") AND ヤンデックス subreddit:ru -author:spam").terms());
    }

    @Test
    void anyTermInTextOrTitleKeepsAComment() {
        QueryWords words = QueryWords.of("yandex OR \"яндекс облако\"");
        assertTrue(words.foundIn("Поддержка ЯНДЕКС ОБЛАКО ответила", ""));
        assertTrue(words.foundIn("", "Yandex open-sources YDB"));
        assertFalse(words.foundIn("Яндекс", "облако"));
    }
}
