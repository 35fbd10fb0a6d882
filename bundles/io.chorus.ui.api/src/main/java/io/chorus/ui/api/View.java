package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Names a {@link ViewContribution}: {@code chorus.view.id}, {@code .label}, {@code .category}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface View {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.view.";

    /** A unique id; perspectives place views by it. */
    String id();

    /** The tab title; {@code %key} for a translated one. */
    String label();

    /** The group in Window &gt; Show View, for example {@code Reputation}; {@code %key} allowed. */
    String category() default "";

    /** An icon from the shared set by name ({@link Icons#names()}, for example {@code refresh}), or empty. */
    String icon() default "";
}
