package io.chorus.ui.preferences.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeService;

import io.chorus.api.ingest.ConnectorDescription;
import io.chorus.api.ingest.Secrets;
import io.chorus.api.ingest.Sources;
import io.chorus.ui.api.Command;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.PreferencePage;
import io.chorus.ui.api.PreferencePageContribution;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/**
 * Window &gt; Preferences (Ctrl+,): opens the Preferences window, or brings it to the front when it is open. Pages
 * contributed as services are tracked as they come and go; the metatype of the installed bundles is read anew each
 * time the window opens, so connectors installed since show up.
 */
@Component(service = CommandHandler.class)
@Command(id = OpenPreferencesCommand.ID, label = "%command.preferences", menu = "window", keys = "M1+,",
        order = 900, category = "%command.category")
public final class OpenPreferencesCommand implements CommandHandler {

    static final String ID = "io.chorus.preferences.open";

    private record Contribution(PreferencePageContribution page, ServiceReference<?> reference) {
    }

    private final BundleContext context;
    private final List<Contribution> contributions = new CopyOnWriteArrayList<>();
    private final PreferencesDialog.Session session = new PreferencesDialog.Session();
    // the small metatype scan and configuration reads are not worth a job in the progress view
    private final Executor background = ForkJoinPool.commonPool();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MetaTypeService metaType;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationAdmin configurationAdmin;

    /** Tells which factory PIDs are source settings (edited in the Sources view, not here). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Sources sources;

    /** Seals secret settings before Configuration Admin writes them in clear. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Secrets secrets;

    private PreferencesDialog open; // UI thread only

    @Activate
    public OpenPreferencesCommand(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePage")
    void addPage(PreferencePageContribution page, ServiceReference<PreferencePageContribution> reference) {
        contributions.add(new Contribution(page, reference));
    }

    void removePage(PreferencePageContribution page) {
        contributions.removeIf(c -> c.page() == page);
    }

    @Override
    public void execute(Workbench workbench) {
        if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
            open.getShell().setActive();
            return;
        }
        Locale locale = Locale.getDefault();
        Texts texts = Texts.of(context.getBundle(), locale);
        List<PageDescriptor> pages = new ArrayList<>(MetatypePages.groups(texts));
        for (Contribution contribution : contributions) {
            pages.add(describe(contribution, locale));
        }
        MetaTypeService metaTypeNow = metaType;
        ConfigurationAdmin adminNow = configurationAdmin;
        Sources sourcesNow = sources;
        Secrets secretsNow = secrets;
        open = new PreferencesDialog(workbench.shell().orElse(null), texts, locale, workbench, pages, () -> {
            if (metaTypeNow == null || adminNow == null) {
                return List.of();
            }
            ConfigStore store = new ConfigStore(adminNow, secretsNow);
            return MetatypePages.editable(MetatypePages.read(context.getBundles(), metaTypeNow, locale),
                            sourceSettings(sourcesNow)).stream()
                    .map(d -> MetatypePages.page(d, store, texts, locale, background)).toList();
        }, background, session);
        open.open();
    }

    /** The settings PIDs of the installed source connectors, or null when they cannot be known. */
    private static Set<String> sourceSettings(Sources sources) {
        if (sources == null) {
            return null;
        }
        try {
            return sources.connectors().stream().map(ConnectorDescription::settingsPid).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            return null; // the ingest bundle is stopping: rather no account pages than a source shown as one
        }
    }

    private static PageDescriptor describe(Contribution contribution, Locale locale) {
        ServiceReference<?> reference = contribution.reference();
        Bundle bundle = reference.getBundle();
        String label = String.valueOf(reference.getProperty(PreferencePage.PREFIX_ + "label"));
        if (bundle != null) {
            label = Texts.of(bundle, locale).translate(label);
        }
        Object category = reference.getProperty(PreferencePage.PREFIX_ + "category");
        Object order = reference.getProperty(PreferencePage.PREFIX_ + "order");
        return new PageDescriptor(String.valueOf(reference.getProperty(PreferencePage.PREFIX_ + "id")), label,
                category == null ? "" : category.toString(), order instanceof Number n ? n.intValue() : 100, "",
                false, contribution.page());
    }
}
