/**
 * Who may see or do what. The one place that decides whether the signed-in user may read
 * or change an individual's data, and that writes the access log (PDL) inside that
 * decision, granted or refused. Also the current user, log-in and log review
 * (loggkontroll).
 */
@ApplicationModule(displayName = "Access", allowedDependencies = { "platform", "directory" })
@NullMarked
package se.samordna.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
