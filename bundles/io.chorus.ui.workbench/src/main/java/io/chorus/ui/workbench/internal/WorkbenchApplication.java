package io.chorus.ui.workbench.internal;

import io.chorus.ui.api.Texts;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.EditorContribution;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.StatusContribution;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.Workbench;

/**
 * The workbench as an application: a {@link Runnable} the launcher runs on the main thread (the {@code main.thread}
 * convention of bnd's launcher), because some platforms demand that the UI run there. It collects contributions
 * from the moment the bundle starts, so the first window already shows everything installed.
 */
// The window registers the Workbench service itself once it is open; views that require it resolve against this.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"io.chorus.ui.api.Workbench\"",
        uses = Workbench.class)
@Component(service = Runnable.class, property = "main.thread:Boolean=true",
        configurationPid = WorkbenchSettings.PID)
@Designate(ocd = WorkbenchSettings.class)
public final class WorkbenchApplication implements Runnable {

    private final BundleContext context;
    private final ChorusRuntime runtime;
    private final Logger logger;
    private final ContributionRegistry registry = new ContributionRegistry();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Display display;
    private volatile WorkbenchWindow window;
    private volatile boolean stopping;
    private final Locale locale;
    private final boolean restoreLayout;
    /** Framework property: print the UI stall summary when the window closes (the UI tests set it). */
    static final String STALL_REPORT = "chorus.ui.stall.report";
    /** The operating system's language, remembered before the setting replaces the default. */
    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    @Activate
    public WorkbenchApplication(BundleContext context, @Reference ChorusRuntime runtime,
                                @Reference(service = LoggerFactory.class) Logger logger, WorkbenchSettings settings) {
        // Before any contribution is bound or view activated, so every bundle's texts, JFace's buttons and the
        // date formats follow the chosen language. A change applies at the next start (see modified()).
        this.locale = chosenLocale(settings.language(), SYSTEM_LOCALE);
        Locale.setDefault(locale);
        this.restoreLayout = settings.restoreLayout();
        this.context = context;
        this.runtime = runtime;
        this.logger = logger;
    }

    @Override
    public void run() {
        try {
            trace("workbench-run");
            CompletableFuture<LayoutState> layout = !restoreLayout
                    ? CompletableFuture.completedFuture(LayoutState.empty())
                    : CompletableFuture.supplyAsync(() -> LayoutState.read(runtime.workspace().metadataDirectory(),
                            problem -> logger.warn("{}", problem)));
            display = new Display();
            trace("display");
            Display.setAppName("Chorus");
            window = new WorkbenchWindow(display, registry, runtime, locale,
                    new Texts(name -> context.getBundle().getEntry(name), locale), restoreLayout, layout,
                    context.getProperty(StartupReport.PROPERTY),
                    (what, error) -> logger.error("{}: {}", what, String.valueOf(error.getMessage()), error));
            window.open();
            trace("window-open");
            UiStallMonitor stalls = new UiStallMonitor(display, System::nanoTime, (millis, where) ->
                    logger.warn("The window did not respond for {} ms; the UI thread was in {}", millis, where));
            stalls.start();
            // After the views of the first perspective are built, so it does not compete with them for the CPU.
            Thread[] warmer = new Thread[1];
            window.whenPainted(() -> display.timerExec(1000,
                    () -> warmer[0] = ClassWarmer.start(context, ClassWarmer::isWindowBundle)));
            ServiceRegistration<Workbench> registration = context.registerService(Workbench.class, window, null);
            try {
                while (!window.isClosed()) {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                }
            } finally {
                safelyUnregister(registration);
                stalls.close();
                if (warmer[0] != null) {
                    warmer[0].interrupt();
                }
                if (context.getProperty(STALL_REPORT) != null) {
                    System.out.println("chorus.ui-stalls count=" + stalls.stalls() + " longest-ms="
                            + stalls.longestMillis() + " samples=" + stalls.pings());
                    System.out.flush();
                }
            }
        } finally {
            if (display != null && !display.isDisposed()) {
                display.dispose();
            }
            finished.countDown();
        }
    }

    private void trace(String phase) {
        if (context.getProperty(StartupReport.PROPERTY) != null) {
            System.out.println("chorus.startup " + phase + "-ms=" + (System.currentTimeMillis()
                    - runtime.startedAt().toEpochMilli()));
        }
    }

    /** The window's language: the setting, else the system's. */
    static Locale chosenLocale(String language, Locale system) {
        return language == null || language.isBlank() ? system : Locale.forLanguageTag(language.strip());
    }

    /** Keeps the window open when the settings change: the language applies after a restart. */
    @Modified
    void modified(WorkbenchSettings settings) {
        logger.info("Workbench settings changed (language \"{}\"); they apply when Chorus starts next",
                settings.language());
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        Display current = display;
        if (current == null || current.isDisposed()) {
            return;
        }
        if (current.getThread() == Thread.currentThread()) {
            // Stopped from a command inside the window: the loop ends when this event returns.
            window.close();
            return;
        }
        current.asyncExec(() -> {
            if (window != null) {
                window.close();
            }
        });
        current.wake();
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isStopping() {
        return stopping;
    }

    private static void safelyUnregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // Already gone with the bundle.
        }
    }

    // Contributions: dynamic, greedy whiteboards. The service objects are only fetched when a view is shown or a
    // command runs, so unopened contributions never activate.

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPerspective(ComponentServiceObjects<PerspectiveContribution> service, Map<String, Object> properties) {
        contribution(service, properties, ContributionRegistry.PERSPECTIVE_ID).ifPresent(registry::addPerspective);
    }

    void removePerspective(ComponentServiceObjects<PerspectiveContribution> service, Map<String, Object> properties) {
        registry.removePerspective(serviceId(properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addView(ComponentServiceObjects<ViewContribution> service, Map<String, Object> properties) {
        contribution(service, properties, ContributionRegistry.VIEW_ID).ifPresent(registry::addView);
    }

    void removeView(ComponentServiceObjects<ViewContribution> service, Map<String, Object> properties) {
        registry.removeView(serviceId(properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCommand(ComponentServiceObjects<CommandHandler> service, Map<String, Object> properties) {
        contribution(service, properties, ContributionRegistry.COMMAND_ID).ifPresent(registry::addCommand);
    }

    void removeCommand(ComponentServiceObjects<CommandHandler> service, Map<String, Object> properties) {
        registry.removeCommand(serviceId(properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addStatusItem(ComponentServiceObjects<StatusContribution> service, Map<String, Object> properties) {
        contribution(service, properties, ContributionRegistry.STATUS_ID).ifPresent(registry::addStatusItem);
    }

    void removeStatusItem(ComponentServiceObjects<StatusContribution> service, Map<String, Object> properties) {
        registry.removeStatusItem(serviceId(properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEditor(ComponentServiceObjects<EditorContribution> service, Map<String, Object> properties) {
        contribution(service, properties, ContributionRegistry.EDITOR_ID).ifPresent(registry::addEditor);
    }

    void removeEditor(ComponentServiceObjects<EditorContribution> service, Map<String, Object> properties) {
        registry.removeEditor(serviceId(properties));
    }

    private <T> java.util.Optional<Contribution<T>> contribution(ComponentServiceObjects<T> service,
                                                                 Map<String, Object> properties, String idKey) {
        Object id = properties.get(idKey);
        if (id == null || id.toString().isBlank()) {
            logger.error("A contribution from bundle {} has no {} property and is ignored; annotate the component"
                    + " with @Perspective, @View, @Command or @StatusItem", bundleOf(service).getSymbolicName(), idKey);
            return java.util.Optional.empty();
        }
        Bundle bundle = bundleOf(service);
        Texts labels = new Texts(bundle::getEntry, Locale.getDefault());
        return java.util.Optional.of(new Contribution<>(id.toString(), properties, new LazyService<>(service),
                labels, serviceId(properties)));
    }

    private static Bundle bundleOf(ComponentServiceObjects<?> service) {
        ServiceReference<?> reference = service.getServiceReference();
        return reference.getBundle();
    }

    private static long serviceId(Map<String, Object> properties) {
        return ((Number) properties.get(Constants.SERVICE_ID)).longValue();
    }

    /** Fetches the service object once, on first use. */
    private static final class LazyService<T> implements java.util.function.Supplier<T> {
        private final ComponentServiceObjects<T> objects;
        private T instance;

        LazyService(ComponentServiceObjects<T> objects) {
            this.objects = objects;
        }

        @Override
        public synchronized T get() {
            if (instance == null) {
                instance = objects.getService();
            }
            return instance;
        }
    }
}
