package io.chorus.source.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.file.FileImportException;
import io.chorus.source.file.FileImportPreview;
import io.chorus.source.file.FileImportSettings;
import io.chorus.source.file.RowProblem;

/**
 * Imports an export file in pages of {@link FileSettings#pageSize()} rows; the cursor points at the next record, so
 * a huge file resumes after a restart, a grown file continues and a replaced one starts over. A bad row never stops
 * the import: it is logged as "file line N: what is wrong" and counted in the cursor; the wizard shows the same
 * problems before the import through {@link FileImportPreview}.
 */
@Component(service = SourceConnector.class, configurationPid = FileConnector.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = FileSettings.class, factory = true)
public final class FileConnector implements SourceConnector {

    static final String PID = "io.chorus.source.file";
    /** Rows logged one by one per page; the rest are counted. */
    static final int LOGGED_PROBLEMS = 50;

    private static final ConnectorInfo INFO = new ConnectorInfo("file", "File import",
            "Mentions from CSV and JSON exports of other monitoring tools", Platforms.IDS, PID, FileSettings.class,
            Set.of(), RateLimit.NONE, Duration.ofMinutes(15));

    private final Logger logger;

    @Activate
    public FileConnector(@Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
    }

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        FileSettings settings = context.settings(FileSettings.class);
        Path file = path(settings);
        try {
            BasicFileAttributes now = attributes(file);
            FileCursor at = FileCursor.parse(cursor);
            if (at != FileCursor.START && !at.sameFile(file, now)) {
                logger.info("{} changed since the last poll (replaced or shortened): importing it again from the "
                        + "start; mentions already imported are recognised by their id", file);
                at = FileCursor.START;
            }
            FileReading.Batch batch = FileReading.read(file, importSettings(settings), at.position(), at.line(),
                    Math.max(1, settings.pageSize()));
            if (!batch.usable()) {
                throw new ConnectorException(Kind.CONFIGURATION, batch.problems().stream().map(RowProblem::toString)
                        .collect(Collectors.joining("; ")));
            }
            report(context, batch);
            FileCursor next = FileCursor.after(file, now, batch.position(), batch.line(),
                    at.skipped() + batch.problems().size());
            if (batch.end() && next.skipped() > 0 && batch.rows() > 0) {
                logger.warn("Import of {} for source {} reached the end; {} rows were skipped in all",
                        file.getFileName(), context.id(), next.skipped());
            }
            return batch.end() ? Page.last(batch.items(), next.toCursor()) : Page.more(batch.items(), next.toCursor());
        } catch (FileImportException e) {
            throw new ConnectorException(Kind.CONFIGURATION, e.getMessage(), e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, file + " could not be read: " + e.getMessage(), e);
        }
    }

    private void report(ConnectorContext context, FileReading.Batch batch) {
        int logged = 0;
        for (RowProblem problem : batch.problems()) {
            if (logged++ < LOGGED_PROBLEMS) {
                logger.warn("Source {} skipped {}", context.id(), problem);
            }
        }
        if (batch.problems().size() > LOGGED_PROBLEMS) {
            logger.warn("Source {} skipped {} more rows of this page; preview the file to see them all",
                    context.id(), batch.problems().size() - LOGGED_PROBLEMS);
        }
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        FileSettings settings = context.settings(FileSettings.class);
        Path file = path(settings);
        FileImportPreview preview;
        try {
            preview = FileImportPreview.preview(file, importSettings(settings), 100);
        } catch (FileImportException e) {
            throw new ConnectorException(Kind.CONFIGURATION, e.getMessage(), e);
        }
        if (!preview.mappingUsable()) {
            throw new ConnectorException(Kind.CONFIGURATION, preview.problems().get(0).toString());
        }
        String shape = preview.format().toUpperCase(java.util.Locale.ROOT) + ", " + preview.encoding()
                + (preview.delimiter().isEmpty() ? "" : ", delimiter '" + printable(preview.delimiter()) + "'");
        String result = "Found " + file.getFileName() + " (" + shape + "), mapped as " + preview.mapping() + "; "
                + preview.items().size() + " of the first " + preview.rowsRead() + " rows import";
        return preview.problems().isEmpty() ? result
                : result + ", " + preview.problems().size() + " would be skipped, first: " + preview.problems().get(0);
    }

    static FileImportSettings importSettings(FileSettings settings) {
        return new FileImportSettings(settings.format(), settings.delimiter(), settings.encoding(),
                settings.mapping(), settings.dateFormat(), settings.timeZone());
    }

    private static Path path(FileSettings settings) throws ConnectorException {
        String path = settings.path() == null ? "" : settings.path().strip();
        if (path.isEmpty()) {
            throw new ConnectorException(Kind.CONFIGURATION, "No file is set: choose the exported CSV or JSON file");
        }
        try {
            return Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConnectorException(Kind.CONFIGURATION, "'" + path + "' is not a valid file path: " + e.getReason(),
                    e);
        }
    }

    private static BasicFileAttributes attributes(Path file) throws ConnectorException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ConnectorException(Kind.CONFIGURATION, file + (Files.isDirectory(file)
                    ? " is a folder: choose the exported file" : " does not exist: check the path"));
        }
        return Files.readAttributes(file, BasicFileAttributes.class);
    }

    private static String printable(String delimiter) {
        return delimiter.equals("\t") ? "tab" : delimiter;
    }
}
