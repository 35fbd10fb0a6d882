package io.chorus.registry.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.chorus.api.files.AtomicFiles;
import io.chorus.api.platform.Capability;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformProvider;
import io.chorus.api.platform.PlatformRegistry;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.registry.internal.store.FileFormatException;
import io.chorus.registry.internal.store.JsonDocument;
import io.chorus.registry.internal.store.PlatformFormat;

/**
 * Built-in platforms, those connectors contribute, and those people define in {@code registry/platforms.json}. For
 * one id, people's description wins over a connector's, a connector's over the built-in one, and capabilities add
 * up: a platform can do what any installed connector can do there.
 */
@Component(service = PlatformRegistry.class)
public final class PlatformRegistryService implements PlatformRegistry {

    private final Path file;
    private final Logger logger;
    private final List<PlatformProvider> providers = new CopyOnWriteArrayList<>();
    private final ChangeListeners listeners = new ChangeListeners("the platform registry");

    @Activate
    public PlatformRegistryService(@Reference ChorusRuntime runtime,
                                   @Reference(service = LoggerFactory.class) Logger logger) {
        this(runtime.workspace().root().resolve("registry").resolve("platforms.json"), logger);
    }

    PlatformRegistryService(Path file, Logger logger) {
        this.file = file;
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(PlatformProvider provider) {
        providers.add(provider);
        changed();
    }

    void removeProvider(PlatformProvider provider) {
        providers.remove(provider);
        changed();
    }

    /** The platforms people defined; a broken file is an error that names its line. */
    synchronized List<Platform> userPlatforms() throws FileFormatException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return PlatformFormat.read(JsonDocument.parse(file, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new FileFormatException(file, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    /** Problems with {@code registry/platforms.json}, in words; empty when it reads. */
    public List<String> problems() {
        try {
            userPlatforms();
            return List.of();
        } catch (FileFormatException e) {
            return List.of(e.describe());
        }
    }

    @Override
    public List<Platform> platforms() {
        Map<String, Platform> merged = new LinkedHashMap<>();
        BuiltInPlatforms.ALL.forEach(platform -> merged.put(platform.id(), platform));
        for (PlatformProvider provider : providers) {
            List<Platform> contributed;
            try {
                contributed = List.copyOf(provider.platforms());
            } catch (RuntimeException e) {
                logger.error("The platform provider {} failed and is left out: {}", provider.id(), e.toString(), e);
                continue;
            }
            for (Platform platform : contributed) {
                Platform known = merged.get(platform.id());
                merged.put(platform.id(), known == null ? withOrigin(platform, provider.id())
                        : withCapabilities(known, union(known.capabilities(), platform.capabilities())));
            }
        }
        try {
            for (Platform platform : userPlatforms()) {
                Platform known = merged.get(platform.id());
                merged.put(platform.id(), known == null ? platform
                        : withCapabilities(platform, union(known.capabilities(), platform.capabilities())));
            }
        } catch (FileFormatException e) {
            logger.error("{}; the platforms defined there are left out until the file is fixed", e.describe());
        }
        List<Platform> sorted = new ArrayList<>(merged.values());
        sorted.sort(Comparator.comparing(platform -> platform.name().toLowerCase(Locale.ROOT)));
        return sorted;
    }

    private static Set<Capability> union(Set<Capability> a, Set<Capability> b) {
        Set<Capability> all = EnumSet.noneOf(Capability.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static Platform withCapabilities(Platform platform, Set<Capability> capabilities) {
        return new Platform(platform.id(), platform.name(), platform.kind(), platform.regions(), platform.languages(),
                capabilities, platform.domains(), platform.maxPostLength(), platform.linkPolicy(), platform.origin());
    }

    private static Platform withOrigin(Platform platform, String origin) {
        return new Platform(platform.id(), platform.name(), platform.kind(), platform.regions(), platform.languages(),
                platform.capabilities(), platform.domains(), platform.maxPostLength(), platform.linkPolicy(), origin);
    }

    @Override
    public Optional<Platform> platform(String id) {
        return platforms().stream().filter(platform -> platform.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Platform> platformOf(String url) {
        String host;
        String path;
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            host = uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getRawPath() == null ? "" : uri.getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Platform best = null;
        int bestLength = -1;
        for (Platform platform : platforms()) {
            for (String domain : platform.domains()) {
                // A domain may name a part of a site: "yandex.ru/maps".
                String lower = domain.toLowerCase(Locale.ROOT);
                int slash = lower.indexOf('/');
                String domainHost = slash < 0 ? lower : lower.substring(0, slash);
                String domainPath = slash < 0 ? "" : lower.substring(slash);
                boolean hostMatches = host.equals(domainHost) || host.endsWith("." + domainHost);
                if (hostMatches && path.startsWith(domainPath) && lower.length() > bestLength) {
                    best = platform;
                    bestLength = lower.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public synchronized Platform save(Platform platform) throws RegistryException {
        List<Platform> own = new ArrayList<>(ownOrFail());
        own.removeIf(existing -> existing.id().equals(platform.id()));
        Platform stored = new Platform(platform.id(), platform.name(), platform.kind(), platform.regions(),
                platform.languages(), platform.capabilities(), platform.domains(), platform.maxPostLength(),
                platform.linkPolicy(), PlatformFormat.USER);
        own.add(stored);
        own.sort(Comparator.comparing(Platform::id));
        write(own);
        return platform(platform.id()).orElse(stored);
    }

    @Override
    public synchronized void delete(String id) throws RegistryException {
        List<Platform> own = new ArrayList<>(ownOrFail());
        if (!own.removeIf(existing -> existing.id().equals(id))) {
            throw new RegistryException("\"" + id + "\" is not a platform people defined in " + file
                    + (platform(id).isPresent() ? "; built-in and connector platforms cannot be deleted" : ""));
        }
        write(own);
    }

    private List<Platform> ownOrFail() throws RegistryException {
        try {
            return userPlatforms();
        } catch (FileFormatException e) {
            throw new RegistryException(e.describe() + "; fix the file first, Chorus will not write over it");
        }
    }

    private void write(List<Platform> own) throws RegistryException {
        try {
            AtomicFiles.writeString(file, JsonDocument.write(PlatformFormat.write(own)));
        } catch (IOException e) {
            throw new RegistryException("cannot save " + file + ": " + e.getMessage(), e);
        }
        changed();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.fire(logger);
    }
}
