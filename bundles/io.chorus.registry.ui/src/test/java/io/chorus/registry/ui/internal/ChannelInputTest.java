package io.chorus.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.api.platform.Channel;
import io.chorus.api.platform.ChannelKind;
import io.chorus.registry.ui.internal.ChannelInput.Problem;

/** The channel dialog's checks and the ids it makes, without a display. */
class ChannelInputTest {

    private static final List<Channel> NONE = List.of();

    private static ChannelInput official(String platform, String handle, String zone) {
        return new ChannelInput(platform, ChannelKind.OFFICIAL, handle, "", "", zone);
    }

    private static ChannelInput persona(String handle, String disclosure) {
        return new ChannelInput("pikabu", ChannelKind.PERSONA, handle, "", disclosure, "");
    }

    @Test
    void anOfficialAccountNeedsAPlatformAndAHandleOnly() {
        assertEquals(Optional.empty(), official("vk", "acme", "").problem(NONE));
        assertEquals(Optional.of(Problem.NO_PLATFORM), official("", "acme", "").problem(NONE));
        assertEquals(Optional.of(Problem.NO_HANDLE), official("vk", "", "").problem(NONE));
        assertEquals(Optional.of(Problem.NO_HANDLE), official("vk", "   ", "").problem(NONE),
                "blanks are not a handle");
        assertEquals(Optional.of(Problem.NO_PLATFORM),
                new ChannelInput(null, null, null, null, null, null).problem(NONE), "missing texts count as empty");
        assertEquals(Optional.of(Problem.NO_HANDLE), official("vk", null, null).problem(NONE));
    }

    @Test
    void aPersonaMustDiscloseThatItSpeaksForTheBrand() {
        assertEquals(Optional.of(Problem.NO_DISCLOSURE), persona("anna", "").problem(NONE));
        assertEquals(Optional.of(Problem.NO_DISCLOSURE), persona("anna", " \n ").problem(NONE));
        assertEquals(Optional.empty(), persona("anna", "I work for Acme").problem(NONE));
        Channel channel = persona("anna", "  I work for Acme\n").toChannel("", NONE);
        assertEquals("I work for Acme", channel.disclosure(), "surrounding blanks are dropped");
        assertEquals(ChannelKind.PERSONA, channel.kind());
    }

    @Test
    void theTimeZoneIsEmptyForTheWorkspaceDefaultOrAnIanaId() {
        assertEquals(Optional.empty(), official("vk", "acme", "Europe/Moscow").problem(NONE));
        assertEquals(Optional.empty(), official("vk", "acme", "asia/tokyo").problem(NONE), "any letter case");
        assertEquals("Asia/Tokyo", official("vk", "acme", " asia/TOKYO ").toChannel("", NONE).timeZone(),
                "and saved as Java spells it");
        assertEquals("", official("vk", "acme", "").toChannel("", NONE).timeZone());
        for (String wrong : List.of("Europe/Moskva", "MSK", "+03:00", "Mars/Olympus")) {
            assertEquals(Optional.of(Problem.UNKNOWN_TIME_ZONE), official("vk", "acme", wrong).problem(NONE), wrong);
        }
        List<String> zones = ChannelInput.zones();
        assertTrue(zones.contains("Europe/Moscow") && zones.contains("America/New_York"), zones.toString());
        assertEquals(zones.stream().sorted().toList(), zones);
    }

    @Test
    void theSameAccountCannotBeAddedTwice() {
        List<Channel> others = List.of(new Channel("vk-acme", "vk", ChannelKind.OFFICIAL, "acme", "", "", ""));
        assertEquals(Optional.of(Problem.DUPLICATE), official("vk", "ACME", "").problem(others));
        assertEquals(Optional.empty(), official("telegram", "acme", "").problem(others), "another platform");
        assertEquals(Optional.empty(), official("vk", "acme_shop", "").problem(others), "another account");
    }

    @Test
    void problemsAreReportedInTheOrderOfTheFields() {
        assertEquals(Optional.of(Problem.NO_PLATFORM),
                new ChannelInput("", ChannelKind.PERSONA, "", "", "", "Nowhere").problem(NONE));
        assertEquals(Optional.of(Problem.NO_HANDLE),
                new ChannelInput("vk", ChannelKind.PERSONA, "", "", "", "Nowhere").problem(NONE));
        assertEquals(Optional.of(Problem.NO_DISCLOSURE),
                new ChannelInput("vk", ChannelKind.PERSONA, "anna", "", "", "Nowhere").problem(NONE));
    }

    @Test
    void newIdsAreReadableLowerCaseAsciiMadeFromPlatformAndHandle() {
        assertEquals("vk-acme-official", ChannelInput.proposedId("vk", "Acme_Official", Set.of()));
        assertEquals("forum-ixbt-com-anna-k", ChannelInput.proposedId("forum.ixbt.com", "@Anna K.", Set.of()));
        assertEquals("reddit-cafe-creme", ChannelInput.proposedId("reddit", "Café Crème", Set.of()));
        assertEquals("vk", ChannelInput.proposedId("vk", "Иван", Set.of()), "other scripts are left out");
        assertEquals("channel", ChannelInput.proposedId("", "ソニー", Set.of()));
        String longId = ChannelInput.proposedId("vk", "a".repeat(30) + "-" + "b".repeat(30), Set.of());
        assertTrue(longId.length() <= ChannelInput.MAX_ID_LENGTH && longId.matches("[a-z0-9]+(-[a-z0-9]+)*"), longId);
    }

    @Test
    void newIdsAreUniqueWithinTheBrand() {
        assertEquals("vk-acme-2", ChannelInput.proposedId("vk", "acme", Set.of("vk-acme")));
        assertEquals("vk-acme-3", ChannelInput.proposedId("vk", "ACME", Set.of("vk-acme", "vk-acme-2")));
        List<Channel> others = List.of(new Channel("vk-acme", "telegram", ChannelKind.OFFICIAL, "x", "", "", ""));
        assertEquals("vk-acme-2", official("vk", "acme", "").toChannel("", others).id());
    }

    @Test
    void anEditedChannelKeepsItsIdSoWhatRefersToItStillDoes() {
        Channel edited = official("telegram", "acme_news", "Europe/Moscow").toChannel("vk-acme", NONE);
        assertEquals(new Channel("vk-acme", "telegram", ChannelKind.OFFICIAL, "acme_news", "", "", "Europe/Moscow"),
                edited);
        assertEquals(edited, ChannelInput.of(edited).toChannel(edited.id(), NONE), "shown and saved unchanged");
    }

    @Test
    void anInvalidInputIsNeverTurnedIntoAChannel() {
        assertThrows(IllegalStateException.class, () -> persona("anna", "").toChannel("", NONE));
        assertThrows(IllegalStateException.class, () -> official("vk", "acme", "Nowhere").toChannel("", NONE));
    }
}
