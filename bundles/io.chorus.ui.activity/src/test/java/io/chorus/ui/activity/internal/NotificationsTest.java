package io.chorus.ui.activity.internal;

import io.chorus.ui.testing.RecordingWorkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chorus.api.notify.Notification;
import io.chorus.api.notify.Notifications;
import io.chorus.api.notify.Severity;
import io.chorus.runtime.internal.notify.NotificationCentre;
import io.chorus.ui.testing.TestDisplay;

/** Notification pop-ups over a window, and the Notifications view, fed by the runtime's real notification centre. */
class NotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String INBOX = "io.chorus.reputation.inbox";

    private final NotificationCentre centre = new NotificationCentre(
            Clock.fixed(Instant.parse("2026-11-25T09:41:00Z"), ZoneId.of("UTC")), (message, error) -> {
                throw new AssertionError(message, error);
            });
    private final Notifications notifications = new Notifications() {
        @Override
        public Notification post(Severity severity, String title, String message, String source, String viewId,
                                 Object input) {
            return centre.post(severity, title, message, source, viewId, input);
        }

        @Override
        public List<Notification> recent() {
            return centre.recent();
        }
    };
    /** The auto-hide timers the pop-ups asked for, run by the test instead of waiting eight seconds. */
    private final List<Runnable> hideTimers = new ArrayList<>();
    private final List<Integer> hideDelays = new ArrayList<>();
    private Shell window;
    private Text work;
    private RecordingWorkbench workbench;
    private NotificationPopups popups;

    @BeforeEach
    void open() {
        window = new Shell(TestDisplay.get());
        window.setText("Chorus");
        window.setBounds(40, 40, 900, 560);
        window.setLayout(new GridLayout(1, false));
        work = new Text(window, SWT.BORDER | SWT.MULTI);
        work.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        workbench = new RecordingWorkbench(window);
    }

    private void popupsIn(Locale locale) {
        popups = new NotificationPopups(workbench, Screens.texts(locale), locale, ZoneId.of("Europe/Berlin"),
                (millis, task) -> {
                    hideDelays.add(millis);
                    hideTimers.add(task);
                });
        centre.addListener(popups);
        window.open();
        work.setFocus();
        TestDisplay.dispatchUntil(() -> work.isFocusControl() || TestDisplay.get().getFocusControl() == work, WAIT);
    }

    @AfterEach
    void close() {
        if (popups != null) {
            popups.shells().forEach(Shell::dispose);
        }
        window.dispose();
    }

    @Test
    void aPopUpAppearsWithoutTakingTheFocusAndAClickOpensTheDetails() throws Exception {
        popupsIn(Locale.ENGLISH);
        Object search = "brand:acme sentiment:negative";
        centre.post(Severity.ALERT, "Negative spike for Acme", "42 negative mentions in the last hour, 5× the usual.",
                "reputation", INBOX, search);
        TestDisplay.dispatchUntil(() -> popups.shells().size() == 1 && popups.shells().get(0).isVisible(), WAIT);
        Shell popup = popups.shells().get(0);
        TestDisplay.flush();
        assertSame(work, TestDisplay.get().getFocusControl(), "the user's typing stays where it was");
        assertTrue((popup.getStyle() & SWT.ON_TOP) != 0);
        assertEquals("Negative spike for Acme", Screens.get(popup, "notification-title", Label.class).getText());
        Rectangle client = window.getDisplay().map(window, null, window.getClientArea());
        Rectangle bounds = popup.getBounds();
        assertEquals(client.x + client.width - PopupStack.MARGIN, bounds.x + bounds.width, "at the right edge");
        assertEquals(client.y + client.height - PopupStack.MARGIN, bounds.y + bounds.height, "at the bottom");
        assertTrue(hideTimers.isEmpty(), "an alert stays until closed");

        centre.post(Severity.INFO, "Import finished", "1,204 mentions imported from mentions.jsonl.", "ingest", "",
                null);
        TestDisplay.dispatchUntil(() -> popups.shells().size() == 2, WAIT);
        Shell info = popups.shells().get(1);
        assertTrue(info.getBounds().y > popup.getBounds().y, "the newest at the bottom, older ones move up");
        Screens.save(window, "notification", popups.shells().toArray(Shell[]::new));
        assertEquals(List.of(NotificationPopups.HIDE_MILLIS), hideDelays);
        hideTimers.get(0).run();
        assertTrue(info.isDisposed(), "information hides by itself");
        assertEquals(client.y + client.height - PopupStack.MARGIN, popup.getBounds().y + popup.getBounds().height,
                "the alert moves back down");

        Event click = new Event();
        click.button = 1;
        Screens.get(popup, "notification-message", Label.class).notifyListeners(SWT.MouseUp, click);
        assertEquals(List.of(new RecordingWorkbench.Shown(INBOX, search)), workbench.shown);
        assertTrue(popup.isDisposed());
    }

    @Test
    void closingDoesNotOpenAnythingAndAPopUpWithoutDetailsIgnoresClicks() {
        popupsIn(Locale.ENGLISH);
        centre.post(Severity.WARNING, "Source needs attention", "vk-brand: the access token expired.", "ingest", "",
                null);
        centre.post(Severity.ALERT, "Publication failed", "The post for Friday could not be published.", "smm",
                "io.chorus.smm.calendar", null);
        TestDisplay.dispatchUntil(() -> popups.shells().size() == 2, WAIT);
        Shell warning = popups.shells().get(0);
        Event click = new Event();
        click.button = 1;
        Screens.get(warning, "notification-message", Label.class).notifyListeners(SWT.MouseUp, click);
        assertFalse(warning.isDisposed());
        assertTrue(workbench.shown.isEmpty());
        Shell alert = popups.shells().get(1);
        Screens.get(alert, "notification-close", Button.class).notifyListeners(SWT.Selection, new Event());
        assertTrue(alert.isDisposed());
        assertTrue(workbench.shown.isEmpty());
        Screens.get(warning, "notification-title", Label.class).notifyListeners(SWT.MouseUp, click);
        assertFalse(warning.isDisposed());
    }

    @Test
    void japanesePopUp() throws Exception {
        popupsIn(Locale.JAPANESE);
        centre.post(Severity.ALERT, "Acme の否定的な言及が急増", "過去 1 時間に否定的な言及が 42 件ありました (通常の 5 倍)。",
                "評判", INBOX, null);
        centre.post(Severity.INFO, "インポート完了", "mentions.jsonl から 1,204 件の言及をインポートしました。", "取り込み",
                "", null);
        TestDisplay.dispatchUntil(() -> popups.shells().size() == 2, WAIT);
        assertTrue(Screens.get(popups.shells().get(0), "notification-source", Label.class).getText()
                .endsWith("クリックで詳細を表示"));
        Screens.save(window, "notification-ja", popups.shells().toArray(Shell[]::new));
    }

    @Test
    void theNotificationsViewListsTheRecentOnesAndOpensOnDoubleClick() {
        NotificationsView view = new NotificationsView(notifications, Screens.texts(Locale.ENGLISH), Locale.US,
                ZoneId.of("UTC"));
        centre.addListener(view::posted);
        centre.post(Severity.INFO, "Import finished", "1,204 mentions imported.", "ingest", "", null);
        view.createView(window, Screens.site(NotificationsView.ID, workbench));
        window.open();
        Table table = Screens.get(window, "notifications-table", Table.class);
        assertEquals(1, table.getItemCount());
        Thread.ofPlatform().start(() -> centre.post(Severity.ALERT, "Negative spike for Acme", "42 negative mentions.",
                "reputation", INBOX, 7L));
        TestDisplay.dispatchUntil(() -> table.getItemCount() == 2, WAIT);
        assertEquals("Alert", table.getItem(0).getText(0));
        assertEquals("Negative spike for Acme", table.getItem(0).getText(2));
        Event open = new Event();
        open.item = table.getItem(1);
        table.notifyListeners(SWT.DefaultSelection, open);
        assertTrue(workbench.shown.isEmpty(), "no details to open");
        open.item = table.getItem(0);
        table.notifyListeners(SWT.DefaultSelection, open);
        assertEquals(List.of(new RecordingWorkbench.Shown(INBOX, 7L)), workbench.shown);
    }
}
