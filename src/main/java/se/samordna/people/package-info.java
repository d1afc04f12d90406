/**
 * The individuals a SIP is for, and their people: personnummer or samordningsnummer,
 * names, contact details, protected identity, guardians, representatives and relatives.
 * Every read by staff goes through {@code access}, which writes the access log.
 */
@ApplicationModule(displayName = "People", allowedDependencies = { "platform", "access", "directory" })
@NullMarked
package se.samordna.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
