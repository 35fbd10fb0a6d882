package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Names a {@link PerspectiveContribution}: {@code chorus.perspective.id}, {@code .label}, {@code .order}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Perspective {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.perspective.";

    /** A unique id, conventionally the contributing bundle's name plus a word. */
    String id();

    /** The name in the perspective switcher; {@code %key} for a translated one. */
    String label();

    /** Position in the switcher; lower comes first. The Overview perspective has 0. */
    int order() default 100;

    /** One sentence for the switcher's tooltip; {@code %key} allowed. */
    String description() default "";

    /** An icon from the shared set by name ({@link Icons#names()}, for example {@code refresh}), or empty. */
    String icon() default "";
}
