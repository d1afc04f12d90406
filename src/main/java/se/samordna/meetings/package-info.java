/**
 * Meetings of a SIP: the kallelse with its invitations and answers, reminders, the
 * calendar file, and the meeting itself — roles, attendance, the agenda of mötescirkeln,
 * what it decided for the plan, the booked follow-up and the evaluation. Events carry ids
 * and codes only.
 */
@ApplicationModule(displayName = "Meetings",
		allowedDependencies = { "platform", "access", "directory", "people", "sip", "sip :: *" })
@NullMarked
package se.samordna.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
