package io.chorus.source.hackernews.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void unclosedParagraphsOfHnBecomeBlankLines() {
        assertEquals("Работал в Yandex три года.\n\nЕсли нужны подробности – спрашивайте.",
                HtmlText.of("<p>Работал в Yandex три года.<p>Если нужны подробности &ndash; спрашивайте."));
    }

    @Test
    void codeKeepsItsLineBreaksAndEntitiesAreDecoded() {
        String html = "Script:<p><pre><code>  backup create\n  backup upload\n</code></pre>\nIt&#x27;s &gt; 2TB."
                + " See <a href=\"https:&#x2F;&#x2F;x.dev\" rel=\"nofollow\">https:&#x2F;&#x2F;x.dev</a>";
        assertEquals("Script:\n\n  backup create\n  backup upload\n\nIt's > 2TB. See https://x.dev", HtmlText.of(html));
    }

    @Test
    void inlineMarkupIsDroppedWithoutGluingWords() {
        assertEquals("うちのチームではまだ検証中です。 Really.",
                HtmlText.of("うちのチームでは<i>まだ</i>検証中です。 <b>Really</b>."));
    }

    @Test
    void nothingGivesEmptyText() {
        assertEquals("", HtmlText.of(null));
        assertEquals("", HtmlText.of("  "));
    }
}
