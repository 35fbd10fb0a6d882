package io.chorus.source.api;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** What Chorus gives a connector for one call: the settings of the source or account, and shared tools. */
@ProviderType
public interface ConnectorContext {

    /** The id of the source or publishing account this call is for. */
    String id();

    /**
     * The settings typed as the connector's settings annotation ({@link ConnectorInfo#settingsType()}), with
     * defaults applied and secrets decrypted.
     */
    <T> T settings(Class<T> type);

    /** The settings as stored, by attribute id (secrets decrypted). */
    Map<String, Object> settingsMap();

    /** The shared HTTP client (follows redirects, connect timeout set); use {@link #requestTimeout()} per request. */
    HttpClient http();

    /** The User-Agent to send, naming Chorus and its version. */
    String userAgent();

    /** How long one request may take. */
    Duration requestTimeout();

    /** The clock to read "now" from; tests set it. */
    Clock clock();
}
