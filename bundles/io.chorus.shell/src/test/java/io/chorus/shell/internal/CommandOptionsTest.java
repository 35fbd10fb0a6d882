package io.chorus.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandOptionsTest {

    @Test
    void optionsComeBeforeTheWordsInAnyOrder() {
        CommandOptions options = new CommandOptions(new String[] {"-n", "Robot vacuum forum", "--every", "30m", "rss",
                "acme-forum", "feedUrl=https://forum.example.org/feed?x=1&y=--every"},
                CommandOptions.names("--name|-n", "--every|-e"), "usage");
        assertEquals("Robot vacuum forum", options.option("name", ""));
        assertEquals("30m", options.option("every", ""));
        assertEquals(List.of("rss", "acme-forum", "feedUrl=https://forum.example.org/feed?x=1&y=--every"),
                options.words());
    }

    @Test
    void mistakesSayWhatToType() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CommandOptions(new String[] {"--nmae", "x"},
                CommandOptions.names("--name"), "sources:add ...")).getMessage()
                .contains("unknown option --nmae; usage: sources:add ..."));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CommandOptions(new String[] {"--name"},
                CommandOptions.names("--name"), "u")).getMessage().contains("--name needs a value"));
        CommandOptions limit = new CommandOptions(new String[] {"--limit", "ten"}, CommandOptions.names("--limit"), "u");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> limit.intOption("limit", 20)).getMessage()
                .contains("whole number"));
    }

    @Test
    void intervalsReadAsPeopleWriteThem() {
        assertEquals(Duration.ofSeconds(90), SourcesCommands.parseDuration("90s"));
        assertEquals(Duration.ofMinutes(15), SourcesCommands.parseDuration("15m"));
        assertEquals(Duration.ofHours(2), SourcesCommands.parseDuration("2H"));
        assertEquals(Duration.ofDays(1), SourcesCommands.parseDuration("1d"));
        assertEquals(Duration.ofMinutes(5), SourcesCommands.parseDuration("PT5M"));
        assertThrows(IllegalArgumentException.class, () -> SourcesCommands.parseDuration("soon"));
        assertThrows(IllegalArgumentException.class, () -> SourcesCommands.parseDuration("0m"));
    }

    @Test
    void durationsLeaveOutZeroSeconds() {
        assertEquals("15 min", ChorusCommands.describe(Duration.ofMinutes(15)));
        assertEquals("1 min 5 s", ChorusCommands.describe(Duration.ofSeconds(65)));
    }
}
