package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Names a {@link StatusContribution}: {@code chorus.status.id}, {@code .order}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StatusItem {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.status.";

    /** A unique id. */
    String id();

    /** Position in the status bar, left to right; lower comes first. */
    int order() default 100;
}
