/**
 * Telling people what happened: each unit's inbox, filled by listening to the other
 * modules' events, and mail that says only "something happened in Samordna" (with a
 * calendar file for meetings). Messages carry ids and codes, never a name or a
 * personnummer; opening one goes through the access check like any other read. Mail goes
 * through an outbox table and is sent (or, without SMTP, captured for the demo) by a
 * scheduled dispatcher.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "platform", "access", "directory", "sip", "sip :: *", "meetings", "meetings :: *",
				"survey" })
@NullMarked
package se.samordna.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
