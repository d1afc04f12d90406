package se.samordna.platform.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of demo mode.
 *
 * @param dataDirectory where the database keeps its files between runs; blank means a
 * fresh, throw-away directory (what the tests use)
 * @param port the port to listen on on localhost; 0 picks a free one
 */
@ConfigurationProperties("samordna.embedded-database")
public record EmbeddedDatabaseSettings(@Nullable String dataDirectory, int port) {
}
