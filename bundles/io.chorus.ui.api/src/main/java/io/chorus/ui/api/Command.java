package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Names a {@link CommandHandler} and says where it appears: {@code chorus.command.id}, {@code .label},
 * {@code .menu}, {@code .toolbar}, {@code .keys}, {@code .order},
 * {@code .contexts}, {@code .category}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Command {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.command.";

    /** A unique id. */
    String id();

    /** The menu or button text; {@code %key} for a translated one; {@code &} marks the mnemonic. */
    String label();

    /**
     * The top-level menu it goes into: {@code file}, {@code edit}, {@code window}, {@code help}, or any other word,
     * which makes a menu of that name before Window. Empty keeps it out of the menus.
     */
    String menu() default "";

    /** Whether it also gets a toolbar button. */
    boolean toolbar() default false;

    /** A key binding in Eclipse notation: {@code M1+Shift+R} (M1 is Ctrl, or Command on macOS). */
    String keys() default "";

    /** Position among the menu's items; lower comes first. */
    int order() default 100;

    /**
     * Ids of the views (or editors) whose context menu shows the command; the handler reads what was right-clicked
     * from {@link Workbench#selection()}.
     */
    String[] contexts() default {};

    /** A category for the command palette and key-binding list, for example {@code Mentions}; {@code %key} allowed. */
    String category() default "";

    /** An icon from the shared set by name ({@link Icons#names()}, for example {@code refresh}), or empty. */
    String icon() default "";
}
