package io.chorus.ui.preferences.internal;

import io.chorus.api.ingest.Secrets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chorus.ui.api.PreferencePagePart;
import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingsForm;
import io.chorus.ui.preferences.internal.form.SettingsSchema;
import io.chorus.ui.preferences.internal.form.TestMetatype;
import io.chorus.ui.testing.TestDisplay;

/** The Preferences window driven like a user: filter, pick a page, type a mistake, fix it, apply. */
class PreferencesDialogTest {

    private final Secrets secrets = TestSecrets.create();

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MASTODON = "io.chorus.source.mastodon.account";

    private final InMemoryConfigurationAdmin admin = new InMemoryConfigurationAdmin();
    private final List<String> appearanceApplied = new ArrayList<>();
    private ExecutorService background;
    private Shell parent;
    private PreferencesDialog dialog;

    @BeforeEach
    void start() {
        background = Executors.newSingleThreadExecutor();
        parent = new Shell(TestDisplay.get());
        admin.put(MASTODON, Map.of("accessToken", "t0ken", "instanceUrl", "https://mastodon.social",
                "maxPostsPerHour", 30, "internal.note", "kept"));
    }

    @AfterEach
    void stop() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        parent.dispose();
        background.shutdownNow();
    }

    private PreferencesDialog open(Locale locale, PreferencesDialog.Session session, boolean russian) {
        Texts texts = new Texts(name -> getClass().getClassLoader().getResource(name), locale);
        List<PageDescriptor> pages = new ArrayList<>(MetatypePages.groups(texts));
        pages.add(new PageDescriptor("acme.appearance", russian ? "Оформление" : "Appearance",
                MetatypePages.WORKBENCH, 50, "", false, (area, site) -> {
            Composite page = new Composite(area, SWT.NONE);
            page.setLayout(new GridLayout(2, false));
            new Label(page, SWT.NONE).setText(russian ? "Плотность:" : "Density:");
            Text density = new Text(page, SWT.BORDER);
            density.setData(SettingsForm.WIDGET, "density");
            density.setText("2");
            density.addListener(SWT.Modify, e -> site.setError(density.getText().matches("[1-3]") ? null
                    : "Density: type 1, 2 or 3"));
            return (PreferencePagePart) () -> appearanceApplied.add(density.getText());
        }));
        pages.add(new PageDescriptor("acme.notifications", russian ? "Уведомления" : "Notifications", "", 60, "",
                false, (area, site) -> {
            Button popups = new Button(area, SWT.CHECK);
            popups.setText("Pop-ups");
            return () -> { };
        }));
        ConfigStore store = new ConfigStore(admin, secrets);
        List<MetatypePages.Designation> designations = List.of(
                new MetatypePages.Designation("io.chorus.source.mastodon", MASTODON,
                        SettingsSchema.of(TestMetatype.mastodonAccount())),
                new MetatypePages.Designation("io.chorus.registry", "io.chorus.registry",
                        SettingsSchema.of(TestMetatype.semanticCore())),
                new MetatypePages.Designation("io.chorus.ui.workbench", "io.chorus.ui.workbench", SettingsSchema.of(
                        russian ? TestMetatype.general("Общие", "Язык", new String[] {"Как в системе", "English",
                                "Русский", "日本語"})
                                : TestMetatype.general("General", "Language", new String[] {"As the system",
                                "English", "Русский", "日本語"}))));
        PreferencesDialog opened = new PreferencesDialog(parent, texts, locale, null, pages,
                () -> designations.stream().map(d -> MetatypePages.page(d, store, texts, locale, background))
                        .toList(), background, session);
        opened.open();
        TestDisplay.dispatchUntil(() -> opened.hasPage(MASTODON), WAIT);
        return opened;
    }

    private List<String> visibleLabels() {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : dialog.viewer().getTree().getItems()) {
            collect(item, "", labels);
        }
        return labels;
    }

    private static void collect(TreeItem item, String indent, List<String> labels) {
        labels.add(indent + item.getText());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, indent + "  ", labels);
            }
        }
    }

    private SettingsForm form(String pid) {
        SettingsForm form = ((SettingsPage) dialog.part(pid)).form();
        TestDisplay.dispatchUntil(() -> form.control().isEnabled(), WAIT);
        return form;
    }

    private static void click(Button button) {
        Widgets.click(button);
    }

    @Test
    void changeAConnectorSettingAndApplyIt() throws Exception {
        dialog = open(Locale.ENGLISH, new PreferencesDialog.Session(), false);
        assertEquals(List.of("Workbench", "  Appearance", "  General", "Connectors", "  Mastodon account",
                "Modules", "  Semantic core", "Notifications"), visibleLabels());

        dialog.filter().setText("posts per");
        assertEquals(List.of("Connectors", "  Mastodon account"), visibleLabels());
        assertEquals(MASTODON, dialog.currentPage(), "the page on show was filtered away, the match is shown");
        assertEquals("Mastodon account", dialog.pageTitle());
        dialog.filter().setText("");
        assertEquals(8, visibleLabels().size());

        SettingsForm form = form(MASTODON);
        Text token = (Text) form.control("accessToken");
        assertTrue((token.getStyle() & SWT.PASSWORD) != 0);
        assertNotEquals('\0', token.getEchoChar());
        assertFalse(token.getText().contains("t0ken"), "the stored secret never reaches the widget");
        assertEquals("30", ((Text) form.control("maxPostsPerHour")).getText());

        Text perHour = (Text) form.control("maxPostsPerHour");
        perHour.setText("lots");
        assertEquals("Max posts per hour: \"lots\" is not a whole number; type digits only, such as 30"
                + " (allowed: -2147483648 … 2147483647).", dialog.errorText());
        assertFalse(dialog.button(IDialogConstants.OK_ID).isEnabled());
        assertFalse(dialog.button(PreferencesDialog.APPLY_ID).isEnabled());
        perHour.setText("400");
        assertEquals("Max posts per hour: type a value from 1 to 300", dialog.errorText());
        perHour.setText("45");
        assertEquals("", dialog.errorText());
        assertTrue(dialog.button(IDialogConstants.OK_ID).isEnabled());
        Combo visibility = (Combo) form.control("visibility");
        assertEquals("Public", visibility.getText());
        visibility.select(1);
        visibility.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        TestDisplay.flush();
        screenshot("preferences.png");

        click(dialog.button(PreferencesDialog.APPLY_ID));
        Hashtable<String, Object> expected = new Hashtable<>(Map.of("accessToken", "t0ken",
                "instanceUrl", "https://mastodon.social", "visibility", "unlisted", "maxPostsPerHour", 45,
                "enabled", true, "internal.note", "kept"));
        assertEquals(1, admin.updates.size());
        assertEquals(MASTODON, admin.updates.get(0).pid());
        assertEquals(expected, TestSecrets.opened(secrets, admin.updates.get(0).properties(), "accessToken"));

        click(dialog.button(IDialogConstants.OK_ID));
        assertTrue(dialog.getShell() == null, "OK closes the window");
        assertEquals(1, admin.updates.size(), "nothing unchanged is written again");
    }

    @Test
    void aNewSecretReplacesTheStoredOneAndAPageErrorBlocksOk() throws Exception {
        PreferencesDialog.Session session = new PreferencesDialog.Session();
        dialog = open(Locale.ENGLISH, session, false);
        dialog.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                dialog.viewer().getTree().getItem(0).getItem(0).getData()));
        assertEquals("acme.appearance", dialog.currentPage());
        Text density = findText(dialog.getShell(), "density");
        density.setText("9");
        assertEquals("Density: type 1, 2 or 3", dialog.errorText());
        assertFalse(dialog.button(IDialogConstants.OK_ID).isEnabled());
        density.setText("3");
        assertTrue(dialog.button(IDialogConstants.OK_ID).isEnabled());

        dialog.filter().setText("mastodon");
        SettingsForm form = form(MASTODON);
        ((Text) form.control("accessToken")).setText("n3w");
        Point size = new Point(900, 640);
        dialog.getShell().setSize(size);
        click(dialog.button(IDialogConstants.OK_ID));
        assertEquals(List.of("3"), appearanceApplied);
        assertEquals(1, admin.updates.size());
        assertEquals("n3w", secrets.open((String) admin.updates.get(0).properties().get("accessToken")));

        dialog = open(Locale.ENGLISH, session, false);
        TestDisplay.dispatchUntil(() -> MASTODON.equals(dialog.currentPage()), WAIT);
        assertEquals(size, dialog.getShell().getSize(), "the window keeps its size for the session");
    }

    @Test
    void russianScreenshot() throws Exception {
        dialog = open(Locale.forLanguageTag("ru"), new PreferencesDialog.Session(), true);
        assertEquals(List.of("Рабочая среда", "  Оформление", "  Общие", "Коннекторы", "  Mastodon account",
                "Модули", "  Semantic core", "Уведомления"), visibleLabels());
        dialog.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                dialog.viewer().getTree().getItem(0).getItem(1).getData()));
        SettingsForm form = form("io.chorus.ui.workbench");
        assertEquals("Как в системе", ((Combo) form.control("language")).getText());
        assertEquals("&Применить", dialog.button(PreferencesDialog.APPLY_ID).getText());
        TestDisplay.flush();
        screenshot("preferences-ru.png");
    }

    private static Text findText(Composite root, String name) {
        return Widgets.find(root, name, Text.class);
    }

    private void screenshot(String name) throws Exception {
        Widgets.screenshot(dialog.getShell(), name);
    }
}
