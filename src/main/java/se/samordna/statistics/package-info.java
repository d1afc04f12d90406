/**
 * Following up the work (the Göteborg measures): results, process, effect and need, with
 * the system measures' place kept for the deviations. Built from the events of sip and
 * meetings into a read model of ids, codes, counts and times, and from the survey's
 * anonymous counts; it never reads personal data. Dashboards show counts from 1 to 4 as
 * "1–4" and shares only where n reaches the threshold. Statistics users see the county; a
 * unit's staff their own unit.
 */
@ApplicationModule(displayName = "Statistics",
		allowedDependencies = { "platform", "access", "directory", "survey", "sip :: events", "meetings :: events" })
@NullMarked
package se.samordna.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
