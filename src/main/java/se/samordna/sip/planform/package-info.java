/**
 * The plan's goals and actions as form rows, for every page that writes them: the plan
 * page in this module and the meeting's protocol in {@code meetings}. Exposed as a named
 * interface so the rows and their checks exist once.
 */
@NamedInterface("planform")
@NullMarked
package se.samordna.sip.planform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
