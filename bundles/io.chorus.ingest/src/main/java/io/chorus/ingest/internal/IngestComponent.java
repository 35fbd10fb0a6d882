package io.chorus.ingest.internal;

import io.chorus.api.ingest.ConnectorDescription;
import io.chorus.api.ingest.MentionAnalyser;
import io.chorus.api.ingest.PollReport;
import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceConfigException;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.api.ingest.Sources;
import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.api.runtime.LaunchProperties;
import io.chorus.ingest.internal.pipeline.Analyser;
import io.chorus.ingest.internal.pipeline.LanguageGuesser;
import io.chorus.ingest.internal.pipeline.MentionPipeline;
import io.chorus.ingest.internal.pipeline.NearDuplicates;
import io.chorus.source.api.SourceConnector;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** Ingest as a service: the workspace's sources, polled with every installed connector. */
@Component(service = {Sources.class, MentionAnalyser.class})
public final class IngestComponent implements Sources, MentionAnalyser {

    /** Texts kept for near-duplicate detection: about a few days of a busy workspace. */
    static final int NEAR_DUPLICATE_CAPACITY = 200_000;

    private final IngestEngine engine;
    private final Analyser analyser;
    private final Logger logger;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MentionMatcher matcher;

    /** A MetaTypeService when one is installed; typed Object so ingest runs without the metatype package. */
    @Reference(service = org.osgi.service.metatype.MetaTypeService.class,
            cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Object metaType;

    @Activate
    public IngestComponent(BundleContext context, @Reference Jobs jobs, @Reference MentionStore store,
                           @Reference ChorusRuntime runtime,
                           @Reference(service = LoggerFactory.class) Logger logger) throws IOException {
        this.logger = logger;
        LanguageGuesser languages = new LanguageGuesser();
        this.analyser = new Analyser(languages);
        Clock clock = Clock.systemUTC();
        NearDuplicates nearDuplicates = new NearDuplicates(NEAR_DUPLICATE_CAPACITY);
        MentionPipeline pipeline = new MentionPipeline(() -> store, () -> matcher, clock, languages, nearDuplicates);
        IngestEngine.Options options = IngestEngine.Options.defaults(runtime.version());
        String timeout = System.getProperty("chorus.ingest.pollTimeout", "");
        if (!timeout.isBlank()) {
            options = new IngestEngine.Options(SourceFiles.parseDuration(timeout), options.requestTimeout(),
                    options.backoffBase(), options.backoffCap(), options.userAgent());
        }
        this.engine = new IngestEngine(runtime.workspace().root(), jobs, () -> store, pipeline, nearDuplicates,
                new SecretBox(SecretBox.defaultKeyFile()), clock, new SplittableRandom(), options,
                new IngestEngine.Log() {
                    @Override
                    public void info(String message) {
                        logger.info(message);
                    }

                    @Override
                    public void warn(String message) {
                        logger.warn(message);
                    }
                });
        if (Boolean.parseBoolean(context.getProperty(LaunchProperties.ONE_SHOT))) {
            engine.pollOnlyWhenAsked();
        }
        engine.start();
        engine.rememberRecent(Duration.ofDays(3), 50_000);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConnector(SourceConnector connector, ServiceReference<SourceConnector> reference) {
        Bundle bundle = reference.getBundle();
        try {
            engine.connectorAdded(new IngestEngine.Installed(connector,
                    () -> metatypeSettings(connector, bundle)));
        } catch (RuntimeException e) {
            logger.error("The connector of bundle " + (bundle == null ? "?" : bundle.getSymbolicName())
                    + " cannot be used: " + e);
        }
    }

    void removeConnector(SourceConnector connector) {
        engine.connectorRemoved(connector);
    }

    private Optional<List<ConnectorDescription.Setting>> metatypeSettings(SourceConnector connector, Bundle bundle) {
        Object service = metaType;
        if (service == null) {
            return Optional.empty();
        }
        try {
            return MetatypeSettings.read(service, bundle, connector.info());
        } catch (RuntimeException | LinkageError e) {
            logger.warn("The settings form of connector " + connector.info().id() + " comes from its annotation: "
                    + "its metatype cannot be read (" + e + ")");
            return Optional.empty();
        }
    }

    @Override
    public List<ConnectorDescription> connectors() {
        return engine.connectors();
    }

    @Override
    public List<SourceConfig> list() {
        return engine.list();
    }

    @Override
    public Optional<SourceConfig> get(String id) {
        return engine.get(id);
    }

    @Override
    public SourceConfig save(SourceConfig source) throws SourceConfigException {
        return engine.save(source);
    }

    @Override
    public boolean remove(String id) {
        return engine.remove(id);
    }

    @Override
    public boolean setPaused(String id, boolean paused) {
        return engine.setPaused(id, paused);
    }

    @Override
    public Job<PollReport> pollNow(String id) {
        return engine.pollNow(id);
    }

    @Override
    public String check(SourceConfig source) throws SourceConfigException {
        return engine.check(source);
    }

    @Override
    public List<SourceHealth> health() {
        return engine.health();
    }

    @Override
    public Optional<SourceHealth> health(String id) {
        return engine.health(id);
    }

    @Override
    public String detectLanguage(String text) {
        return analyser.detectLanguage(text);
    }

    @Override
    public Session open() {
        return analyser.open();
    }
}
