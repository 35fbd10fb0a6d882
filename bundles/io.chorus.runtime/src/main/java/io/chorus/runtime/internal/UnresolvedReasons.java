package io.chorus.runtime.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Why a bundle does not resolve, found without resolving anything: each mandatory requirement that no installed
 * bundle can satisfy, in words.
 */
public final class UnresolvedReasons {

    private UnresolvedReasons() {
    }

    /** Each mandatory requirement of {@code bundle} that nothing installed satisfies, in words ("needs package x, ..."). */
    public static List<String> of(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> reasons = new ArrayList<>();
        if (revision == null) {
            return reasons;
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                    || (effective != null && !Namespace.EFFECTIVE_RESOLVE.equals(effective))
                    || IdentityNamespace.IDENTITY_NAMESPACE.equals(requirement.getNamespace())) {
                continue;
            }
            if (wiring.findProviders(requirement).isEmpty()) {
                reasons.add(describe(requirement));
            }
        }
        return reasons;
    }

    /** ": it needs package x; it needs ...", or "" when no single requirement is to blame. */
    static String because(Bundle bundle, FrameworkWiring wiring) {
        List<String> reasons = of(bundle, wiring);
        return reasons.isEmpty() ? "" : ": it " + String.join("; it ", reasons);
    }

    /** {@code com.acme.connector 1.2.0 [31]}. */
    public static String name(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion() + " [" + bundle.getBundleId() + "]";
    }

    static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        return switch (requirement.getNamespace()) {
            case "osgi.wiring.package" -> "needs package " + packageName(filter)
                    + ", which no installed bundle exports";
            case "osgi.wiring.bundle" -> "needs bundle " + filter;
            case "osgi.wiring.host" -> "is a fragment of a missing host " + filter;
            case "osgi.ee" -> "needs a newer Java " + filter;
            case "osgi.extender" -> "needs the extender " + filter;
            default -> "needs " + requirement.getNamespace() + " " + filter;
        };
    }

    /** {@code (&(osgi.wiring.package=a.b)(version>=1.0))} becomes {@code a.b (version>=1.0)}. */
    static String packageName(String filter) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("osgi\\.wiring\\.package=([^)]+)")
                .matcher(filter);
        if (!name.find()) {
            return filter;
        }
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("\\(version>=([^)]+)\\)").matcher(filter);
        return name.group(1) + (version.find() ? " " + version.group(1) + " or newer" : "");
    }
}
