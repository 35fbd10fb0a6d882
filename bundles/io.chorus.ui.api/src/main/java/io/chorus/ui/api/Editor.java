package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** Names an {@link EditorContribution}: {@code chorus.editor.id}, {@code .label}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Editor {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.editor.";

    /** A unique id; {@link Workbench#openEditor} names it. */
    String id();

    /** What it edits, for menus and the palette ("Semantic core"); {@code %key} allowed. */
    String label();
}
