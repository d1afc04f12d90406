/**
 * What every module stands on: the database (embedded PostgreSQL in demo mode, a real one
 * in production), the clock, the page layout, error pages and the exceptions that become
 * them. Knows nothing of SIP.
 * <p>
 * A closed module: other modules use what this package publishes — the refusals
 * ({@link se.samordna.platform.UserFacingException},
 * {@link se.samordna.platform.FieldRefusal}, {@link se.samordna.platform.FormRefusals}),
 * {@link se.samordna.platform.SamordnaMode} and
 * {@link se.samordna.platform.DemoModeCondition},
 * {@link se.samordna.platform.LanguageScope}, {@link se.samordna.platform.ScheduledJobs},
 * {@link se.samordna.platform.PhoneNumber} — and nothing of {@code internal} or
 * {@code web}.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package se.samordna.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
