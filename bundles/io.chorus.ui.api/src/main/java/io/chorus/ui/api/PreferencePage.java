package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** Names a {@link PreferencePageContribution}: {@code chorus.preferences.id}, {@code .label}, {@code .category}, {@code .order}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PreferencePage {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.preferences.";

    /** A unique id. */
    String id();

    /** The page's name in the tree; {@code %key} allowed. */
    String label();

    /** The id of the page it sits under, or empty for a top-level page. */
    String category() default "";

    /** Position among its siblings; lower comes first. */
    int order() default 100;
}
