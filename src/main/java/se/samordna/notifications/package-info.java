/**
 * Telling people what happened: each unit's inbox, filled by listening to the other modules'
 * events. Messages carry ids and codes, never a name or a personnummer; opening one goes
 * through the access check like any other read.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "platform", "access", "sip" })
@NullMarked
package se.samordna.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
