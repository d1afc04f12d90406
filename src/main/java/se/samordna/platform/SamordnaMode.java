package se.samordna.platform;

/**
 * Whether this process runs in demo mode: an embedded PostgreSQL under {@code ./data/},
 * demo data and demo logins. Demo mode is on exactly when no datasource URL is configured
 * and the {@code prod} profile is not active; production never falls back to it.
 *
 * @param demo true when the embedded database and demo logins are in use
 */
public record SamordnaMode(boolean demo) {

	public static final String DATASOURCE_URL = "spring.datasource.url";

	public static final String PRODUCTION_PROFILE = "prod";

}
