package se.samordna.sip.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.ui.Model;

import se.samordna.directory.Directory;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.Sip;

/**
 * The units, staff and organisations a SIP page names, collected from what it shows and
 * looked up in one query per kind ({@code unitNames}, {@code staffNames},
 * {@code organisationNames} in the model): a page reads the names it shows, never the
 * whole directory.
 */
final class ShownNames {

	private final Set<UUID> units = new HashSet<>();

	private final Set<UUID> staff = new HashSet<>();

	private final Set<UUID> organisations = new HashSet<>();

	/** The starting unit, the participants, the coordinator, the consent and the plan. */
	ShownNames of(Sip sip) {
		units.add(sip.startingUnitId());
		sip.participants().stream().map(Participant::unitId).filter(Objects::nonNull).forEach(units::add);
		sip.coordinator().ifPresent(coordinator -> {
			units.add(coordinator.unitId());
			staff.add(coordinator.staffId());
		});
		sip.consentGiven().ifPresent(consent -> {
			staff.add(consent.recordedBy());
			organisations.addAll(consent.sharingOrganisations());
		});
		return of(sip.plan());
	}

	/** The units responsible for the plan's actions. */
	ShownNames of(PlanContent plan) {
		plan.actions().forEach(action -> units.add(action.responsibleUnitId()));
		return this;
	}

	/**
	 * Who confirmed a version; with {@code inFull}, also its coordinator, participants
	 * and plan.
	 */
	ShownNames of(PlanVersion version, boolean inFull) {
		staff.add(version.confirmedBy());
		if (inFull) {
			staff.add(version.coordinator().staffId());
			units.add(version.coordinator().unitId());
			version.participants().stream().map(Participant::unitId).filter(Objects::nonNull).forEach(units::add);
			of(version.content());
		}
		return this;
	}

	ShownNames staff(Collection<UUID> ids) {
		staff.addAll(ids);
		return this;
	}

	ShownNames units(Collection<UUID> ids) {
		units.addAll(ids);
		return this;
	}

	void addTo(Model model, Directory directory) {
		model.addAttribute("unitNames", directory.unitNames(units));
		model.addAttribute("staffNames", directory.staffNames(staff));
		model.addAttribute("organisationNames", directory.organisationNames(organisations));
	}

}
