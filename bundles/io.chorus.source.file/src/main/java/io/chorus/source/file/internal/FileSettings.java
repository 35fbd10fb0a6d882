package io.chorus.source.file.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one file import. */
@ObjectClassDefinition(id = FileConnector.PID, name = "File import",
        description = "Mentions from a CSV, JSON or JSON Lines export of another monitoring tool")
public @interface FileSettings {

    @AttributeDefinition(name = "File", description = "The full path of the exported file")
    String path() default "";

    @AttributeDefinition(name = "Format", options = {@Option(value = "auto", label = "Detect"),
            @Option(value = "csv", label = "CSV"), @Option(value = "json", label = "JSON (a list of mentions)"),
            @Option(value = "jsonl", label = "JSON Lines (one mention per line)")})
    String format() default "auto";

    @AttributeDefinition(name = "Delimiter", description = "For CSV: auto, or one of , ; | tab")
    String delimiter() default "auto";

    @AttributeDefinition(name = "Encoding", description = "auto (UTF-8, else windows-1251), or a charset name")
    String encoding() default "auto";

    @AttributeDefinition(name = "Column mapping", required = false,
            description = "Which column holds what, e.g. text=Content;url=URL;published=Date;author=Author;"
                    + "platform=Source. Empty or partial: the rest is recognised from the headers")
    String mapping() default "";

    @AttributeDefinition(name = "Date format", required = false,
            description = "How dates are written, e.g. dd.MM.yyyy HH:mm; empty to recognise the usual formats")
    String dateFormat() default "";

    @AttributeDefinition(name = "Time zone", description = "The zone of dates written without one")
    String timeZone() default "UTC";

    @AttributeDefinition(name = "Rows per page", description = "Advanced: how many rows one poll imports")
    int pageSize() default 2000;
}
