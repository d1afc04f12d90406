/**
 * The individual's own pages (Mina sidor): their SIPs and plans in plain words, who comes
 * to the next meeting, their own preparation, comments on the plan, their consent, the
 * survey after a meeting (also with a one-time code, without logging in), and what SIP
 * is; for the individual, a guardian or a representative, in seven languages.
 */
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "platform", "access", "directory", "sip", "sip :: *", "meetings", "meetings :: *",
				"survey" })
@NullMarked
package se.samordna.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
