package io.chorus.ui.preferences.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import io.chorus.ui.preferences.internal.form.SettingField;
import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.form.SettingsSchema;

/**
 * The generated pages: one per PID that a bundle designates with metatype, under Connectors
 * ({@code io.chorus.source.*}), Workbench ({@code io.chorus.ui.*}) or Modules (everything else). A singleton PID gets
 * a form; a factory PID gets an accounts page (a list of its configurations, each with the form), except the
 * settings PIDs of source connectors: sources are stored in the workspace and edited in the Sources view.
 */
final class MetatypePages {

    static final String CONNECTORS = "io.chorus.preferences.connectors";
    static final String WORKBENCH = "io.chorus.preferences.workbench";
    static final String MODULES = "io.chorus.preferences.modules";

    /** A configuration some bundle designates, with its localised form. */
    record Designation(String bundle, String pid, SettingsSchema schema, boolean factory) {

        /** A singleton configuration. */
        Designation(String bundle, String pid, SettingsSchema schema) {
            this(bundle, pid, schema, false);
        }
    }

    private MetatypePages() {
    }

    /** The category of a bundle's settings. */
    static String categoryOf(String symbolicName) {
        if (symbolicName.startsWith("io.chorus.source.")) {
            return CONNECTORS;
        }
        if (symbolicName.startsWith("io.chorus.ui.")) {
            return WORKBENCH;
        }
        return MODULES;
    }

    /** Reads the designations of the given bundles; a bundle with broken metatype is skipped. Slow: not on the UI thread. */
    /**
     * The framework's own services (Declarative Services, File Install, the log) are set up by Chorus in
     * {@code conf/}; changing them from the dialog would only break the product, so they get no page.
     */
    static boolean isInfrastructure(String symbolicName) {
        return symbolicName.startsWith("org.apache.felix.") || symbolicName.startsWith("org.eclipse.")
                || symbolicName.startsWith("org.osgi.") || symbolicName.startsWith("org.apache.aries.");
    }

    static List<Designation> read(Bundle[] bundles, MetaTypeService metaType, Locale locale) {
        List<Designation> found = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getSymbolicName() == null || bundle.getState() == Bundle.UNINSTALLED
                    || isInfrastructure(bundle.getSymbolicName())) {
                continue;
            }
            try {
                MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
                if (information != null) {
                    add(found, bundle, information, information.getPids(), false, locale);
                    add(found, bundle, information, information.getFactoryPids(), true, locale);
                }
            } catch (RuntimeException e) {
                // one bundle's malformed metatype must not hide everybody else's settings
            }
        }
        // A PID designated twice (by the class and by its component) is one page.
        java.util.Map<String, Designation> unique = new java.util.LinkedHashMap<>();
        found.forEach(designation -> unique.putIfAbsent(designation.pid(), designation));
        return new ArrayList<>(unique.values());
    }

    private static void add(List<Designation> found, Bundle bundle, MetaTypeInformation information, String[] pids,
                            boolean factory, Locale locale) {
        for (String pid : pids == null ? new String[0] : pids) {
            ObjectClassDefinition definition = information.getObjectClassDefinition(pid, locale.toString());
            SettingsSchema schema = definition == null ? null : SettingsSchema.of(definition);
            if (schema != null && !schema.fields().isEmpty()) {
                found.add(new Designation(bundle.getSymbolicName(), pid, schema, factory));
            }
        }
    }

    /**
     * The designations that get a page: every singleton, and the factory PIDs that are not a source connector's
     * settings.
     *
     * @param sourceSettings the settings PIDs of the installed source connectors, or null when the Sources service
     *                       is missing: then no factory PID gets a page, because an account cannot be told apart
     *                       from a source, and a source configuration created in Configuration Admin would start a
     *                       stray connector
     */
    static List<Designation> editable(List<Designation> all, Set<String> sourceSettings) {
        return all.stream().filter(d -> !d.factory() || sourceSettings != null && !sourceSettings.contains(d.pid()))
                .toList();
    }

    /** The three groups, shown only while they hold pages. */
    static List<PageDescriptor> groups(Texts texts) {
        return List.of(group(WORKBENCH, texts.get("group.workbench"), texts.get("group.workbench.about"), 10),
                group(CONNECTORS, texts.get("group.connectors"), texts.get("group.connectors.about"), 20),
                group(MODULES, texts.get("group.modules"), texts.get("group.modules.about"), 30));
    }

    private static PageDescriptor group(String id, String label, String about, int order) {
        return new PageDescriptor(id, label, "", order, "", true, (parent, site) -> {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(1, false));
            Label text = new Label(page, SWT.WRAP);
            text.setText(about);
            GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
            layout.widthHint = 420;
            text.setLayoutData(layout);
            return () -> {
            };
        });
    }

    /** The page of a designation. */
    static PageDescriptor page(Designation designation, ConfigStore store, Texts texts, Locale locale,
                               Executor background) {
        String keywords = designation.schema().fields().stream().map(SettingField::name)
                .collect(Collectors.joining("\n")) + "\n" + designation.pid();
        return new PageDescriptor(designation.pid(), designation.schema().name(), categoryOf(designation.bundle()),
                100, keywords, false, (parent, site) -> designation.factory()
                ? new AccountsPage(parent, site, designation.pid(), designation.schema(), store, texts, locale,
                        background)
                : new SettingsPage(parent, site, designation.pid(), designation.schema(), store, texts, locale,
                        background));
    }
}
