package io.chorus.ui.activity.internal;

import java.time.ZoneId;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogReaderService;

import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/** The Error Log view: the OSGi log (what was logged before it opened, then live), filtered and with stack traces. */
@Component
@View(id = ErrorLogView.ID, label = "%view.errorlog", category = "%category.general")
public final class ErrorLogView implements ViewContribution {

    static final String ID = "io.chorus.errorlog";

    private final LogReaderService reader;
    private final Texts texts;
    private final Locale locale;
    private final ZoneId zone;

    @Activate
    public ErrorLogView(BundleContext context, @Reference LogReaderService reader) {
        this(reader, Texts.of(context.getBundle(), Locale.getDefault()), Locale.getDefault(), ZoneId.systemDefault());
    }

    ErrorLogView(LogReaderService reader, Texts texts, Locale locale, ZoneId zone) {
        this.reader = reader;
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        return new ErrorLogPart(parent, reader, texts, locale, zone);
    }
}
