package io.chorus.ui.activity.internal;

import java.time.Clock;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.jobs.Jobs;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/** The Progress view: the background jobs (polling, re-matching, imports, reports) with their progress. */
@Component
@View(id = ProgressView.ID, label = "%view.progress", category = "%category.general")
public final class ProgressView implements ViewContribution {

    static final String ID = "io.chorus.progress";

    private final Jobs jobs;
    private final JobCanceller canceller;
    private final Texts texts;
    private final Locale locale;
    private final Clock clock;

    @Activate
    public ProgressView(BundleContext context, @Reference Jobs jobs) {
        this(jobs, jobs::cancel, Texts.of(context.getBundle(), Locale.getDefault()), Locale.getDefault(),
                Clock.systemUTC());
    }

    ProgressView(Jobs jobs, JobCanceller canceller, Texts texts, Locale locale, Clock clock) {
        this.jobs = jobs;
        this.canceller = canceller;
        this.texts = texts;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        return new ProgressPart(parent, jobs, canceller, texts, locale, clock);
    }
}
