/**
 * The SIP case — samordnad individuell plan — from assessment to closing: consent,
 * preparation, participants, the plan and its versions, follow-up and closing. Its state
 * machine ({@link se.samordna.sip.SipStatus}) lives in the {@link se.samordna.sip.Sip}
 * aggregate.
 */
@ApplicationModule(displayName = "SIP", allowedDependencies = { "platform", "directory", "people", "access" })
@NullMarked
package se.samordna.sip;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
