package io.chorus.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ChorusCommandsTest {

    @Test
    void recognisesDropinsLocationsInBothFileUrlForms() {
        Path dropins = Path.of("/opt/chorus/dropins");
        assertTrue(ChorusCommands.inFolder("file:/opt/chorus/dropins/acme.jar", dropins));
        assertTrue(ChorusCommands.inFolder("file:///opt/chorus/dropins/acme.jar", dropins));
        assertFalse(ChorusCommands.inFolder("file:/opt/chorus/bundles/acme.jar", dropins));
        assertFalse(ChorusCommands.inFolder("reference:file:/opt/chorus/dropins/acme.jar", dropins));
    }

    @Test
    void describesUptimes() {
        assertEquals("42 s", ChorusCommands.describe(Duration.ofSeconds(42)));
        assertEquals("2 min 13 s", ChorusCommands.describe(Duration.ofSeconds(133)));
        assertEquals("26 h 1 min", ChorusCommands.describe(Duration.ofMinutes(26 * 60 + 1)));
    }
}
