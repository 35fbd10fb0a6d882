package io.chorus.source.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A connector that receives items as they happen (a firehose, a WebSocket). Chorus opens one stream per source and
 * reopens it, from the last cursor it stored, when the stream ends or fails. {@link #poll} is still used to catch up
 * or by "poll now".
 */
@ConsumerType
public interface StreamingConnector extends SourceConnector {

    /**
     * Starts receiving after {@code cursor}. Returns at once; items go to {@code sink} from the connector's own I/O
     * threads (those of the context's HTTP client).
     */
    Stream open(ConnectorContext context, Cursor cursor, Sink sink) throws ConnectorException;

    /** An open stream. */
    @ConsumerType
    interface Stream extends AutoCloseable {

        /** Stops receiving; the sink hears nothing more. */
        @Override
        void close();
    }

    /** Where a stream delivers; implemented by Chorus. */
    @ProviderType
    interface Sink {

        /**
         * Takes items and the cursor to resume after them. Returns when they are stored; a slow return is the
         * stream's back-pressure.
         */
        void accept(List<SourceItem> items, Cursor next) throws InterruptedException;

        /** The stream ended or broke; Chorus reopens it after a pause that grows with repeated failures. */
        void closed(ConnectorException reason);
    }
}
