package io.chorus.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** Names a {@link DashboardTile}: {@code chorus.tile.id}, {@code .label}, {@code .dashboard}, {@code .order}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Tile {

    /** Prefix of the component properties this annotation writes. */
    String PREFIX_ = "chorus.tile.";

    /** A unique id. */
    String id();

    /** The chart's title; {@code %key} allowed. */
    String label();

    /** The dashboards that show it: {@code overview}, {@code reputation}, {@code smm}, {@code crowd}. */
    String[] dashboard() default {"overview"};

    /** Position on the dashboard, left to right, top to bottom. */
    int order() default 100;
}
