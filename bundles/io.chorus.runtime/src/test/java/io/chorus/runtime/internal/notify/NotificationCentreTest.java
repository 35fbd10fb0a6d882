package io.chorus.runtime.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.chorus.api.notify.Notification;
import io.chorus.api.notify.Severity;

import org.junit.jupiter.api.Test;

class NotificationCentreTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void listenersHearEachNotificationAndRecentIsNewestFirst() {
        List<String> failures = new ArrayList<>();
        NotificationCentre centre = new NotificationCentre(clock, (message, error) -> failures.add(message));
        List<Notification> heard = new ArrayList<>();
        centre.addListener(heard::add);
        centre.addListener(notification -> {
            throw new IllegalStateException("broken listener");
        });

        Notification first = centre.post(Severity.INFO, "Poll done", "12 new mentions", "ingest", "", null);
        Notification second = centre.post(Severity.ALERT, "Negative spike", "3x more negative mentions than usual",
                "reputation", "io.chorus.mentions", "brand:acme");

        assertEquals(List.of(first, second), heard);
        assertEquals(List.of(second, first), centre.recent());
        assertEquals(clock.instant(), second.postedAt());
        assertTrue(second.id() > first.id());
        assertEquals(2, failures.size(), "the broken listener is reported each time, and the others still hear");
    }

    @Test
    void keepsOnlyTheMostRecent() {
        NotificationCentre centre = new NotificationCentre(clock, (message, error) -> { });
        for (int i = 0; i < NotificationCentre.KEPT + 20; i++) {
            centre.post(Severity.INFO, "n" + i, "m", "test", "", null);
        }
        List<Notification> recent = centre.recent();
        assertEquals(NotificationCentre.KEPT, recent.size());
        assertEquals("n" + (NotificationCentre.KEPT + 19), recent.get(0).title());
    }
}
