package io.chorus.ui.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.runtime.FeatureChange;
import io.chorus.api.runtime.FeatureChangeException;
import io.chorus.api.runtime.FeatureInfo;
import io.chorus.api.runtime.FeatureInfo.BundleState;
import io.chorus.api.runtime.FeatureManager;
import io.chorus.ui.api.Texts;
import io.chorus.ui.testing.TestDisplay;

/** The module manager driven through its widgets, with a feature manager that records what it is asked. */
class FeaturesPanelTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private Display display;
    private Shell shell;
    private ExecutorService background;
    private FeaturesPanel panel;
    private final List<FeatureInfo> features = new CopyOnWriteArrayList<>();
    private final RecordingManager manager = new RecordingManager();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final List<String> status = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        display = TestDisplay.get();
        features.addAll(List.of(
                FeatureActionsTest.feature("core", List.of(), true, true, BundleState.ACTIVE, BundleState.ACTIVE),
                FeatureActionsTest.feature("reputation", List.of("core"), true, true, BundleState.ACTIVE),
                FeatureActionsTest.feature("crisis", List.of("reputation"), true, true, BundleState.ACTIVE,
                        BundleState.UNRESOLVED),
                FeatureActionsTest.feature("smm", List.of("core"), false, false, BundleState.NOT_INSTALLED)));
        background = Executors.newSingleThreadExecutor();
        shell = new Shell(display);
        shell.setText("Installed Features");
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 480);
        Texts texts = new Texts(name -> FeaturesPanelTest.class.getClassLoader().getResource(name), Locale.ENGLISH);
        panel = new FeaturesPanel(shell, texts, () -> List.copyOf(features), manager, background,
                ignored -> Optional.ofNullable(chosen.get()), status::add);
        shell.open();
        TestDisplay.dispatchUntil(() -> tree().getItemCount() == 4, WAIT);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        for (Shell open : display.getShells()) {
            open.dispose();
        }
    }

    @Test
    void showsFeaturesWithTheirBundlesAndStates() throws Exception {
        TreeItem crisis = item("crisis");
        assertEquals("CRISIS", crisis.getText(1));
        assertEquals("1.0.0", crisis.getText(2));
        assertEquals("Yes", crisis.getText(3));
        assertEquals("1/2 bundles running", crisis.getText(5));
        Event expand = new Event();
        expand.item = crisis;
        tree().notifyListeners(SWT.Expand, expand);
        crisis.setExpanded(true);
        shell.layout(true, true);
        TestDisplay.flush();
        TreeItem bundle = crisis.getItem(1);
        assertEquals("io.chorus.crisis.b1", bundle.getText(0));
        assertEquals("1.0.1", bundle.getText(2));
        assertEquals("Unresolved", bundle.getText(5));
        assertEquals("No", item("smm").getText(3));
        select("smm");
        assertEquals("About smm", this.<Label>widget("features-detail").getText());
        screenshot("features");
        assertEquals("About smm", this.<Label>widget("features-detail").getText(), "the screenshot shows the selection");
    }

    @Test
    void enablesActionsFromTheSelectionAndSaysWhyAFeatureCannotBeDisabled() {
        select("core");
        assertFalse(button("features-disable").isEnabled());
        assertFalse(button("features-remove").isEnabled());
        assertTrue(this.<Label>widget("features-detail").getText().contains("reputation, crisis"));
        select("crisis");
        assertTrue(button("features-disable").isEnabled());
        assertFalse(button("features-enable").isEnabled());
        select("smm");
        assertTrue(button("features-enable").isEnabled());
        assertFalse(button("features-disable").isEnabled());
    }

    @Test
    void disablesInTheBackgroundAndShowsTheResultAsStatus() {
        select("crisis");
        click("features-disable");
        TestDisplay.dispatchUntil(() -> status.contains("Feature \"crisis\" is disabled; 2 bundles stopped."), WAIT);
        assertEquals(List.of("disable crisis"), manager.calls);
        assertEquals("Disabling crisis...", status.get(0));
        TestDisplay.dispatchUntil(() -> item("crisis").getText(3).equals("No"), WAIT);
    }

    @Test
    void installFromFileChecksFirstThenInstallsWhenConfirmed() throws Exception {
        chosen.set(Files.writeString(temp.resolve("extra.json"), "{}"));
        AtomicReference<String> shown = new AtomicReference<>();
        whenDialog("Install extra?", dialog -> {
            shown.set(this.<Text>widget(dialog, "change-lines").getText());
            pressButton(dialog, "&Install");
        });
        click("features-install");
        TestDisplay.dispatchUntil(() -> manager.calls.size() == 2 && !status.isEmpty()
                && status.get(status.size() - 1).startsWith("Feature \"extra\" is installed"), WAIT);
        assertEquals(List.of("check extra.json", "install extra.json"), manager.calls);
        assertEquals("\u2022 Starts bundle com.example.extra", shown.get());
        TestDisplay.dispatchUntil(() -> tree().getItemCount() == 5, WAIT);
    }

    @Test
    void aRefusedInstallListsEveryReasonInADialogAndInstallsNothing() throws Exception {
        chosen.set(Files.writeString(temp.resolve("needy.json"), "{}"));
        AtomicReference<String> reasons = new AtomicReference<>();
        AtomicReference<String> intro = new AtomicReference<>();
        whenDialog("needy.json was not installed", dialog -> {
            reasons.set(this.<Text>widget(dialog, "change-lines").getText());
            intro.set(this.<Label>widget(dialog, "change-intro").getText());
            pressButton(dialog, "Close");
        });
        click("features-install");
        TestDisplay.dispatchUntil(() -> reasons.get() != null, WAIT);
        assertEquals("\u2022 " + RecordingManager.MISSING_PACKAGE + "\n\u2022 " + RecordingManager.MISSING_SERVICE,
                reasons.get());
        assertEquals("Nothing was changed. The reasons:", intro.get());
        assertEquals(List.of("check needy.json"), manager.calls);
        TestDisplay.dispatchUntil(() -> button("features-install").isEnabled(), WAIT);
    }

    @Test
    void refreshesOnceForABurstOfBundleEvents() {
        features.add(FeatureActionsTest.feature("vk", List.of("core"), false, false));
        for (int i = 0; i < 20; i++) {
            panel.scheduleRefresh();
        }
        TestDisplay.dispatchUntil(() -> tree().getItemCount() == 5, WAIT);
    }

    /** A feature manager that records its calls; "needy" files are refused, everything else goes through. */
    final class RecordingManager implements FeatureManager {
        static final String MISSING_PACKAGE = "bundle com.example.needy 1.0.0 needs package com.example.nowhere,"
                + " which no installed bundle exports; install the feature that provides it";
        static final String MISSING_SERVICE = "bundle com.example.needy 1.0.0 needs a service no bundle provides";

        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public FeatureChange check(Path file) throws FeatureChangeException {
            calls.add("check " + file.getFileName());
            refuseNeedy(file);
            return new FeatureChange("extra", List.of("com.example.extra"), List.of(), false,
                    "Feature \"extra\" can be installed: 1 new bundles.");
        }

        @Override
        public FeatureChange install(Path file) throws FeatureChangeException {
            calls.add("install " + file.getFileName());
            refuseNeedy(file);
            features.add(FeatureActionsTest.feature("extra", List.of("core"), true, true, BundleState.ACTIVE));
            return new FeatureChange("extra", List.of("com.example.extra"), List.of(), false,
                    "Feature \"extra\" is installed and running with 1 new bundles.");
        }

        private void refuseNeedy(Path file) throws FeatureChangeException {
            if (file.getFileName().toString().startsWith("needy")) {
                throw new FeatureChangeException(List.of(MISSING_PACKAGE, MISSING_SERVICE));
            }
        }

        @Override
        public FeatureChange enable(String featureName) {
            calls.add("enable " + featureName);
            return new FeatureChange(featureName, List.of(), List.of(), false, "enabled");
        }

        @Override
        public FeatureChange disable(String featureName) {
            calls.add("disable " + featureName);
            features.replaceAll(f -> f.name().equals(featureName) ? new FeatureInfo(f.name(), f.id(), f.version(),
                    f.title(), f.description(), f.requires(), false, false, f.bundles()) : f);
            return new FeatureChange(featureName, List.of("a", "b"), List.of(), false, "Feature \"" + featureName
                    + "\" is disabled; 2 bundles stopped.");
        }

        @Override
        public FeatureChange remove(String featureName) {
            calls.add("remove " + featureName);
            return new FeatureChange(featureName, List.of(), List.of(), false, "removed");
        }
    }

    private Tree tree() {
        return widget("features-tree");
    }

    private TreeItem item(String name) {
        for (TreeItem item : tree().getItems()) {
            if (item.getText(0).equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private void select(String name) {
        TreeItem item = item(name);
        tree().setSelection(item);
        Event event = new Event();
        event.item = item;
        tree().notifyListeners(SWT.Selection, event);
        TestDisplay.flush();
    }

    private Button button(String name) {
        return widget(name);
    }

    private void click(String name) {
        Button button = button(name);
        assertTrue(button.isEnabled(), name + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private <T extends Control> T widget(String name) {
        return widget(shell, name);
    }

    @SuppressWarnings("unchecked")
    private <T extends Control> T widget(Composite root, String name) {
        for (Control child : root.getChildren()) {
            if (name.equals(child.getData(ChangeDialog.WIDGET))) {
                return (T) child;
            }
            if (child instanceof Composite composite) {
                try {
                    return widget(composite, name);
                } catch (AssertionError notHere) {
                    // keep looking
                }
            }
        }
        throw new AssertionError("no widget " + name + " in " + root);
    }

    /** Presses the button labelled {@code text} (mnemonic aside); closes the dialog and fails when there is none. */
    private static void pressButton(Shell dialog, String text) {
        Optional<Button> button = findButton(dialog, text.replace("&", ""));
        if (button.isEmpty()) {
            dialog.close();
            throw new AssertionError("no button " + text + " in dialog " + dialog.getText());
        }
        button.get().notifyListeners(SWT.Selection, new Event());
    }

    private static Optional<Button> findButton(Composite root, String text) {
        for (Control child : root.getChildren()) {
            if (child instanceof Button button && text.equals(button.getText().replace("&", ""))) {
                return Optional.of(button);
            }
            if (child instanceof Composite composite) {
                Optional<Button> found = findButton(composite, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Handles the dialog titled {@code title} once it opens; the dialog's own event loop runs the check. */
    private void whenDialog(String title, Consumer<Shell> action) {
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell open : display.getShells()) {
                if (open != shell && !open.isDisposed() && open.isVisible() && open.getText().equals(title)) {
                    try {
                        action.accept(open);
                    } finally {
                        // Whatever the check found, the dialog must not stay open and block the test.
                        if (!open.isDisposed()) {
                            open.close();
                        }
                    }
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
    }

    private void screenshot(String name) throws Exception {
        TestDisplay.flush();
        // Printed rather than copied from the screen: other test windows on the shared X display may overlap.
        Rectangle bounds = shell.getClientArea();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            assertTrue(panel.control().print(gc), "the panel printed itself");
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(target.toString(), SWT.IMAGE_PNG);
        assertTrue(Files.size(target) > 1000);
    }
}
