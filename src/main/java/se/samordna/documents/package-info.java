/**
 * The plan and the kallelse on paper: PDF/UA and PDF/A documents in Swedish, lättläst and
 * English, blank forms for manual handling, and the per-unit export (PDF plus JSON) for
 * the record systems. Every print and export goes through access and names the version it
 * printed.
 */
@ApplicationModule(displayName = "Documents",
		allowedDependencies = { "platform", "access", "directory", "people", "sip", "sip :: *", "meetings",
				"meetings :: *" })
@NullMarked
package se.samordna.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
