package io.chorus.query.internal;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.ExportResult;
import io.chorus.api.query.Query;

/** Writes Chorus queries in one other tool's dialect. */
interface DialectExport {

    Dialect dialect();

    /** The query as the dialect writes it, with what the dialect cannot express; never fails. */
    ExportResult export(Query query);
}
