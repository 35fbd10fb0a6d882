package io.chorus.ui.workbench.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The window's own settings, shown by the Preferences dialog under Workbench. */
@ObjectClassDefinition(id = WorkbenchSettings.PID, localization = "OSGI-INF/l10n/settings",
        name = "%settings.name", description = "%settings.description")
public @interface WorkbenchSettings {

    String PID = "io.chorus.ui.workbench";

    @AttributeDefinition(name = "%settings.language", description = "%settings.language.description",
            options = {
                @Option(value = "", label = "%settings.language.system"),
                @Option(value = "en", label = "English"),
                @Option(value = "ru", label = "\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
                @Option(value = "ja", label = "\u65e5\u672c\u8a9e")
            })
    String language() default "";

    @AttributeDefinition(name = "%settings.restoreLayout", description = "%settings.restoreLayout.description")
    boolean restoreLayout() default true;
}
