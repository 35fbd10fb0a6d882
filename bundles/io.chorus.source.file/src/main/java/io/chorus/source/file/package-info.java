/**
 * Importing mentions from the exports of other monitoring tools (Brand24, Mention, YouScan, Awario, Talkwalker,
 * Brand Analytics): CSV (RFC 4180, any of , ; tab |, UTF-8 with or without BOM, windows-1251), JSON arrays and JSON
 * Lines.
 *
 * <p>The import wizard builds its column-mapping step on two calls, both headless:
 * {@link io.chorus.source.file.ColumnMapping#guess} proposes which column holds the text, the date, the author and
 * the rest from a file's headers (English and Russian names of the known tools), and
 * {@link io.chorus.source.file.FileImportPreview#preview} reads the first rows with a mapping and returns them as
 * items together with every {@link io.chorus.source.file.RowProblem} ("export.csv line 17: column 'Date' has
 * '31/02/2024', expected dd.MM.yyyy HH:mm"). The source then stores the mapping as text in its settings
 * ({@link io.chorus.source.file.ColumnMapping#toString()}), and the file connector imports the file in pages,
 * skipping and logging bad rows without stopping.
 */
@Export
@Version("1.0.0")
package io.chorus.source.file;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
