package io.chorus.ui.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A perspective: an arrangement of views for one kind of work (Overview, Reputation, SMM, Crowd, Setup). Register
 * it as a component annotated with {@link Perspective}. Views the layout names that are not installed are skipped,
 * and appear as soon as their bundle starts.
 */
@ConsumerType
public interface PerspectiveContribution {

    /** The views this perspective opens, in tab order within each area. */
    List<ViewPlacement> layout();
}
