package io.chorus.ui.preferences.internal;

import io.chorus.api.ingest.Secrets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingsSchema;
import io.chorus.ui.preferences.internal.form.TestMetatype;
import io.chorus.ui.testing.TestDisplay;

/**
 * The Mastodon accounts (a factory PID) in Preferences &gt; Connectors, driven like a user and like an end-to-end
 * test would, by widget names only: add an account, edit one, remove one, apply.
 */
class AccountsPageTest {

    private final Secrets secrets = TestSecrets.create();

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ACCOUNT = "io.chorus.source.mastodon.account";
    private static final String SOURCE = "io.chorus.source.mastodon";

    private final InMemoryConfigurationAdmin admin = new InMemoryConfigurationAdmin();
    private ExecutorService background;
    private Shell parent;
    private PreferencesDialog dialog;
    private String first;
    private String second;

    @BeforeEach
    void start() {
        background = Executors.newSingleThreadExecutor();
        parent = new Shell(TestDisplay.get());
        first = admin.putFactory(ACCOUNT, "account-1", Map.of("instanceUrl", "https://mastodon.social",
                "accessToken", "t0ken", "visibility", "public"));
        second = admin.putFactory(ACCOUNT, "account-2", Map.of("instanceUrl", "https://fosstodon.org",
                "accessToken", "s3cret", "visibility", "public", "maxPostsPerHour", 12));
        admin.putFactory(SOURCE, "stray", Map.of("query", "#acme")); // never shown: sources are not edited here
    }

    @AfterEach
    void stop() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        parent.dispose();
        background.shutdownNow();
    }

    private void open() {
        Texts texts = new Texts(name -> getClass().getClassLoader().getResource(name), Locale.ENGLISH);
        ConfigStore store = new ConfigStore(admin, secrets);
        List<MetatypePages.Designation> designations = List.of(
                new MetatypePages.Designation(SOURCE, ACCOUNT, SettingsSchema.of(TestMetatype.mastodonAccount()),
                        true),
                new MetatypePages.Designation(SOURCE, SOURCE, SettingsSchema.of(TestMetatype.mastodonSource()),
                        true),
                new MetatypePages.Designation("io.chorus.registry", "io.chorus.registry",
                        SettingsSchema.of(TestMetatype.semanticCore())));
        dialog = new PreferencesDialog(parent, texts, Locale.ENGLISH, null, MetatypePages.groups(texts),
                () -> MetatypePages.editable(designations, Set.of(SOURCE)).stream()
                        .map(d -> MetatypePages.page(d, store, texts, Locale.ENGLISH, background)).toList(),
                background, new PreferencesDialog.Session());
        dialog.open();
        TestDisplay.dispatchUntil(() -> dialog.hasPage(ACCOUNT), WAIT);
    }

    private Shell shell() {
        return dialog.getShell();
    }

    private <T extends org.eclipse.swt.widgets.Control> T widget(String name, Class<T> type) {
        T found = Widgets.find(shell(), name, type);
        assertNotNull(found, name);
        return found;
    }

    /** Clicks the tree item with this label, as a user would. */
    private void choosePage(String label) {
        Tree tree = widget("preferences-tree", Tree.class);
        TreeItem item = findItem(tree.getItems(), label);
        assertNotNull(item, label);
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    private static TreeItem findItem(TreeItem[] items, String label) {
        for (TreeItem item : items) {
            if (item.getText().equals(label)) {
                return item;
            }
            TreeItem found = findItem(item.getItems(), label);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private org.eclipse.swt.widgets.List accounts() {
        Composite page = widget("page-" + ACCOUNT, Composite.class);
        org.eclipse.swt.widgets.List list = Widgets.find(page, "accounts-list", org.eclipse.swt.widgets.List.class);
        TestDisplay.dispatchUntil(list::isEnabled, WAIT);
        return list;
    }

    private void chooseAccount(int index) {
        org.eclipse.swt.widgets.List list = accounts();
        list.setSelection(index);
        list.notifyListeners(SWT.Selection, new Event());
    }

    private static void choose(Combo combo, String label) {
        combo.select(combo.indexOf(label));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Answers the confirmation of Remove once it opens (it is modal, so this runs inside its event loop). */
    private void answerRemoval(String button) {
        shell().getDisplay().asyncExec(() -> {
            for (Shell open : shell().getDisplay().getShells()) {
                Button answer = open.isVisible() ? Widgets.find(open, button, Button.class) : null;
                if (answer != null) {
                    Widgets.click(answer);
                    return;
                }
            }
        });
    }

    private List<String> treeLabels() {
        List<String> labels = new ArrayList<>();
        for (TreeItem root : widget("preferences-tree", Tree.class).getItems()) {
            labels.add(root.getText());
            for (TreeItem child : root.getItems()) {
                labels.add("  " + child.getText());
            }
        }
        return labels;
    }

    @Test
    void addEditAndRemoveAccountsThenApply() throws Exception {
        open();
        assertEquals(List.of("Connectors", "  Mastodon account", "Modules", "  Semantic core"), treeLabels(),
                "the source connector's factory PID gets no page");
        assertFalse(dialog.hasPage(SOURCE));

        choosePage("Mastodon account");
        assertEquals(List.of("https://mastodon.social", "https://fosstodon.org"), List.of(accounts().getItems()));
        assertEquals(0, accounts().getSelectionIndex(), "the first account is shown");

        // edit the second account; its access token stays untouched
        chooseAccount(1);
        Text token = widget("setting-accessToken", Text.class);
        assertFalse(token.getText().contains("s3cret"), "the stored secret never reaches the widget");
        assertEquals("12", widget("setting-maxPostsPerHour", Text.class).getText());
        choose(widget("setting-visibility", Combo.class), "Followers only");

        // add one: it takes the defaults, and its missing token is named at once
        Widgets.click(widget("accounts-add", Button.class));
        assertEquals(List.of("https://mastodon.social (account-1)", "https://fosstodon.org",
                "https://mastodon.social (account-3)"), List.of(accounts().getItems()),
                "two accounts on one instance are told apart by their names");
        assertEquals(2, accounts().getSelectionIndex());
        assertEquals("https://mastodon.social (account-3): Access token is required: type a value.",
                dialog.errorText());
        assertFalse(widget("preferences-ok", Button.class).isEnabled());
        assertFalse(widget("preferences-apply", Button.class).isEnabled());
        widget("setting-instanceUrl", Text.class).setText("https://social.acme.example");
        widget("setting-accessToken", Text.class).setText("n3w");
        widget("setting-maxPostsPerHour", Text.class).setText("400");
        assertEquals("https://social.acme.example: Max posts per hour: type a value from 1 to 300",
                dialog.errorText());
        widget("setting-maxPostsPerHour", Text.class).setText("20");
        assertEquals("", dialog.errorText());
        assertEquals(List.of("https://mastodon.social", "https://fosstodon.org", "https://social.acme.example"),
                List.of(accounts().getItems()), "the label follows what is typed");

        // remove the first: refused once, then confirmed; nothing is deleted before Apply
        chooseAccount(0);
        answerRemoval("accounts-confirm-cancel");
        Widgets.click(widget("accounts-remove", Button.class));
        assertEquals(3, accounts().getItemCount(), "Cancel in the confirmation keeps the account");
        answerRemoval("accounts-confirm-remove");
        Widgets.click(widget("accounts-remove", Button.class));
        assertEquals(List.of("https://fosstodon.org", "https://social.acme.example"),
                List.of(accounts().getItems()));
        assertEquals(List.of(), admin.deleted);
        assertEquals(List.of(), admin.updates, "nothing reaches Configuration Admin before Apply");
        chooseAccount(1);
        TestDisplay.flush();
        Widgets.screenshot(shell(), "preferences-accounts.png");

        Widgets.click(widget("preferences-apply", Button.class));
        assertEquals("", dialog.errorText());
        assertEquals(List.of(first), admin.deleted);
        assertEquals(new Hashtable<>(Map.of("instanceUrl", "https://fosstodon.org", "accessToken", "s3cret",
                "visibility", "private", "maxPostsPerHour", 12, "enabled", true,
                "service.pid", second, "service.factoryPid", ACCOUNT)), TestSecrets.opened(secrets, admin.stored(second),
                "accessToken"), "a token found in clear is sealed on the next save");
        String added = ACCOUNT + "~account-3";
        assertEquals(new Hashtable<>(Map.of("instanceUrl", "https://social.acme.example", "accessToken", "n3w",
                "visibility", "public", "maxPostsPerHour", 20, "enabled", true,
                "service.pid", added, "service.factoryPid", ACCOUNT)), TestSecrets.opened(secrets, admin.stored(added),
                "accessToken"));
        assertEquals(List.of(second, added), admin.updates.stream().map(InMemoryConfigurationAdmin.Update::pid)
                .toList());

        Widgets.click(widget("preferences-ok", Button.class));
        assertNull(dialog.getShell(), "OK closes the window");
        assertEquals(2, admin.updates.size(), "applied accounts are not written again");
        assertEquals(List.of(first), admin.deleted);
    }

    @Test
    void cancelForgetsAddedAndRemovedAccounts() {
        open();
        choosePage("Mastodon account");
        assertEquals(2, accounts().getItemCount());
        Widgets.click(widget("accounts-add", Button.class));
        widget("setting-accessToken", Text.class).setText("n3w");
        chooseAccount(1);
        answerRemoval("accounts-confirm-remove");
        Widgets.click(widget("accounts-remove", Button.class));
        assertEquals(List.of("https://mastodon.social (account-1)", "https://mastodon.social (account-3)"),
                List.of(accounts().getItems()));
        Widgets.click(widget("preferences-cancel", Button.class));
        assertNull(dialog.getShell());
        assertEquals(List.of(), admin.updates);
        assertEquals(List.of(), admin.deleted);
        assertTrue(admin.stored(second) != null);
    }

    @Test
    void anEmptyFactoryShowsHowToStartAndANewAccountIsCreatedOnOk() throws Exception {
        ConfigStore store = new ConfigStore(admin, secrets);
        store.delete(ACCOUNT, first);
        store.delete(ACCOUNT, second);
        open();
        choosePage("Mastodon account");
        assertEquals(0, accounts().getItemCount());
        assertTrue(widget("accounts-empty", org.eclipse.swt.widgets.Label.class).getText().startsWith("No accounts"));
        assertFalse(widget("accounts-remove", Button.class).isEnabled());
        Widgets.click(widget("accounts-add", Button.class));
        assertEquals(List.of("https://mastodon.social"), List.of(accounts().getItems()));
        widget("setting-accessToken", Text.class).setText("t");
        Widgets.click(widget("preferences-ok", Button.class));
        assertNull(dialog.getShell());
        assertEquals("t", secrets.open((String) admin.stored(ACCOUNT + "~account-1").get("accessToken")));
        assertEquals(ACCOUNT, admin.stored(ACCOUNT + "~account-1").get("service.factoryPid"));
    }
}
