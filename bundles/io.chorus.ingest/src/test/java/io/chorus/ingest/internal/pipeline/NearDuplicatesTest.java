package io.chorus.ingest.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    static final String ORIGINAL = "Acme just announced that the new Roadster battery lasts twice as long, "
            + "and preorders open on Monday in Europe and the US";

    @Test
    void repostsAndCopiesJoinTheFirstGroup() {
        NearDuplicates index = new NearDuplicates(1_000);
        assertEquals("x:1", index.assign("x:1", "", ORIGINAL));
        assertEquals("x:1", index.assign("x:2", "", "RT @acmefan: " + ORIGINAL));
        assertEquals("x:1", index.assign("x:3", "", ORIGINAL + " https://t.co/a8Fj2kLm 🔋🚗"));
        assertEquals("x:1", index.assign("mastodon:9", "", ORIGINAL.replace("Acme", "@acme")));
        assertEquals("x:1", index.assign("vk:4", "", ORIGINAL.toUpperCase() + "!!!"));
        assertEquals("x:1", index.assign("x:5", "", "via @news " + ORIGINAL.replace(",", " —")));
    }

    @Test
    void differentTextsStayApart() {
        NearDuplicates index = new NearDuplicates(1_000);
        index.assign("x:1", "", ORIGINAL);
        assertEquals("x:2", index.assign("x:2", "",
                "Acme just announced that the new Roadster battery recall affects every car sold in Europe"));
        assertEquals("x:3", index.assign("x:3", "", "My Roadster battery died twice this week, Acme support is "
                + "not answering and I want a refund"));
        assertEquals("x:4", index.assign("x:4", "", "Preorders for the Acme Roadster open on Monday"));
        assertEquals("x:5", index.assign("x:5", "", "ok"), "short texts are not grouped by chance");
        assertEquals("x:6", index.assign("x:6", "", "ok"));
    }

    @Test
    void shortTemplatesWithOtherWordsStayApart() {
        NearDuplicates index = new NearDuplicates(1_000);
        index.assign("a", "", "Just bought a new Acme phone today, love it");
        assertNotEquals("a", index.assign("b", "", "Just bought a new Acme laptop today, hate it"));
    }

    @Test
    void theIndexForgetsTheOldestWhenFull() {
        NearDuplicates index = new NearDuplicates(3);
        index.assign("a", "", ORIGINAL);
        for (int i = 0; i < 3; i++) {
            index.assign("n" + i, "", "An unrelated text number " + i + " about something else entirely " + i * 31);
        }
        assertEquals(3, index.size());
        assertEquals("b", index.assign("b", "", "RT @x: " + ORIGINAL), "the first text was forgotten");
    }
}
