/**
 * What every module stands on: the database (embedded PostgreSQL in demo mode, a real one
 * in production), the clock, the page layout, error pages and the exceptions that become
 * them. Knows nothing of SIP.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package se.samordna.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
