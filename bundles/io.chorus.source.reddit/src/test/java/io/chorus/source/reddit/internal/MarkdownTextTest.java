package io.chorus.source.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void linksKeepTheirWordsAndEmphasisGoes() {
        assertEquals("Коллеги, Яндекс выложил YDB. Читал анонс, выглядит бодро.",
                MarkdownText.of("Коллеги, **Яндекс** выложил YDB. Читал [анонс](https://ydb.tech/blog/ru/x),"
                        + " выглядит бодро."));
    }

    @Test
    void quotesSpoilersStrikesAndZeroWidthSpacesGo() {
        assertEquals("Распределённые транзакции\n\nDeepLと比べて？ 個人的にはYandexの方が好き Не ожидала",
                MarkdownText.of("> Распределённые транзакции\n\n&#x200B;\n\nDeepLと比べて？ >!個人的にはYandexの方が好き!<"
                        + " ~~Не ожидала~~"));
    }

    @Test
    void codeHeadingsAndEscapesBecomePlain() {
        assertEquals("Steps\n1. clickhouse-backup create\nsnake_case stays, 2*3 stays, a * b stays",
                MarkdownText.of("## Steps\n1. `clickhouse-backup create`\nsnake\\_case stays, 2\\*3 stays,"
                        + " a * b stays"));
    }

    @Test
    void htmlEscapedTextIsDecoded() {
        assertEquals("Cloud & DC > 2TB <3", MarkdownText.of("Cloud &amp; DC &gt; 2TB &lt;3"));
        assertEquals("", MarkdownText.of(null));
    }
}
