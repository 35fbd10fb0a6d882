package io.chorus.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;

class AnalyzeCommandTest {

    @TempDir
    Path folder;

    /** Matches "acme" wherever it appears, as the brand rule of brand acme. */
    private static class AcmeMatcher implements MentionMatcher {
        @Override
        public List<List<MentionMatch>> match(List<Mention> mentions) {
            List<List<MentionMatch>> results = new ArrayList<>();
            for (Mention mention : mentions) {
                int at = mention.text().toLowerCase().indexOf("acme");
                results.add(at < 0 ? List.of() : List.of(new MentionMatch("acme", MentionMatch.BRAND_RULE, List.of(
                        new MentionMatch.MatchedText("text", at, at + 4, mention.text().substring(at, at + 4))))));
            }
            return results;
        }

        @Override
        public int ruleCount() {
            return 1;
        }

        @Override
        public List<String> problems() {
            return List.of();
        }
    }

    @Test
    void writesOneLinePerInputLineAndKeepsBadLinesWithTheirError() throws Exception {
        Path input = Files.writeString(folder.resolve("in.jsonl"), String.join("\n",
                "{\"id\": \"1\", \"text\": \"I love ACME robots\", \"lang\": \"EN\", \"reach\": 120}",
                "{\"id\": \"2\", \"text\": \"nothing\"}",
                "{\"id\": \"3\", \"text\": ",
                "",
                "{\"text\": \"no id\"}",
                "{\"id\": \"4\", \"text\": \"acme\", \"published\": \"yesterday\"}",
                "{\"id\": \"5\", \"text\": \"Acme again\", \"published\": \"2026-11-24T10:15:00+03:00\"}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalyzeCommand command = new AnalyzeCommand(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        AnalyzeCommand.Summary summary = command.run(new AcmeMatcher(), input, out, null);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, lines.size(), lines.toString());
        assertEquals("{\"id\":\"1\",\"lang\":\"en\",\"brands\":[\"acme\"],\"matches\":[{\"brand\":\"acme\",\"rule\":"
                + "\"brand\",\"matched\":[{\"field\":\"text\",\"start\":7,\"end\":11,\"text\":\"ACME\"}]}]}",
                lines.get(0));
        assertEquals("{\"id\":\"2\",\"brands\":[],\"matches\":[]}", lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"line\":3,\"error\":\"not valid JSON"), lines.get(2));
        assertEquals("{\"line\":5,\"error\":\"\\\"id\\\" is missing; every mention needs an id\"}", lines.get(3));
        assertTrue(lines.get(4).contains("\"published\\\" is not a date-time"), lines.get(4));
        assertTrue(lines.get(5).startsWith("{\"id\":\"5\""), lines.get(5));
        assertEquals(7, summary.lines());
        assertEquals(3, summary.mentions());
        assertEquals(2, summary.matched());
        assertEquals(3, summary.failed());
    }

    @Test
    void batchesMatchedInParallelAreWrittenInTheOrderTheyWereRead() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            text.append(i % 997 == 0 ? "{broken\n" : "{\"id\": \"" + i + "\", \"text\": \"acme " + i + "\"}\n");
        }
        Path input = Files.writeString(folder.resolve("many.jsonl"), text);
        // The first batches take longest, so later batches finish first.
        MentionMatcher slowAtFirst = new AcmeMatcher() {
            private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public List<List<MentionMatch>> match(List<Mention> mentions) {
                int call = calls.incrementAndGet();
                try {
                    Thread.sleep(Math.max(0, 40 - 10L * call));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.match(mentions);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalyzeCommand.Summary summary = new AnalyzeCommand(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .run(slowAtFirst, input, out, null);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5_000, lines.size());
        for (int i = 1; i <= 5_000; i++) {
            String expected = i % 997 == 0 ? "{\"line\":" + i + "," : "{\"id\":\"" + i + "\",";
            assertTrue(lines.get(i - 1).startsWith(expected), i + ": " + lines.get(i - 1));
        }
        assertEquals(5, summary.failed());
        assertEquals(4_995, summary.matched());
    }

    @Test
    void writesTheDetectedLanguageAndTheNearDuplicateGroup() throws Exception {
        Path input = Files.writeString(folder.resolve("langs.jsonl"), String.join("\n",
                "{\"id\": \"en1\", \"platform\": \"twitter\", \"text\": \"My Acme vacuum stopped charging after a"
                        + " month and support has not answered for a week\"}",
                "{\"id\": \"ru1\", \"platform\": \"vk\", \"text\": \"Купил пылесос Acme, через месяц перестал"
                        + " заряжаться, поддержка молчит уже неделю\"}",
                "{\"id\": \"ja1\", \"text\": \"Acmeのロボット掃除機を買いました。静かでとても満足しています。\"}",
                "{\"id\": \"en2\", \"platform\": \"mastodon\", \"text\": \"RT @anna: My Acme vacuum stopped charging"
                        + " after a month and support has not answered for a week https://t.co/x1\"}"));
        AnalyzeCommand command = new AnalyzeCommand(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        command.setAnalyser(new io.chorus.ingest.internal.pipeline.Analyser(
                new io.chorus.ingest.internal.pipeline.LanguageGuesser()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.run(new AcmeMatcher(), input, out, null);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("\"lang\":\"en\",\"duplicateGroup\":\"twitter:en1\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"lang\":\"ru\",\"duplicateGroup\":\"vk:ru1\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"lang\":\"ja\""), lines.get(2));
        assertTrue(lines.get(3).contains("\"lang\":\"en\",\"duplicateGroup\":\"twitter:en1\""),
                "a repost with a link added is grouped with the first: " + lines.get(3));
        assertTrue(lines.get(3).contains("\"brands\":[\"acme\"]"), lines.get(3));
    }

    @Test
    void mentionsNeedAnIdAndText() {
        assertThrows(IllegalArgumentException.class, () -> AnalyzeCommand.parse("[1]", 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnalyzeCommand.parse("{\"id\": \"x\"}", 1))
                .getMessage().contains("\"text\" is missing"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AnalyzeCommand.parse("{\"id\": \"x\", \"text\": {\"a\": 1}}", 1)).getMessage()
                .contains("\"text\" must be a string"));
        assertEquals("ru", AnalyzeCommand.parse("{\"id\": 7, \"text\": \"т\", \"lang\": \" RU \"}", 1).language());
    }

    @Test
    void theProgressBarShowsShareAndSpeed() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(10), ZoneOffset.UTC);
        AnalyzeCommand.Progress progress = new AnalyzeCommand.Progress(System.err, 200, clock);
        assertEquals("[===============               ]  50% 100/200 lines 100,000 lines/s", progress.bar(100,
                clock.millis()));
    }
}
