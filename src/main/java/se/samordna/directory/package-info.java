/**
 * Who is who on the side of the organisations: principals (kommun, region), other actors
 * (Försäkringskassan, skola …), their units, and the staff accounts with their unit and
 * roles.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = "platform")
@NullMarked
package se.samordna.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
