package se.samordna.sip.web;

import java.time.Clock;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.samordna.directory.Directory;
import se.samordna.directory.StaffAccount;
import se.samordna.people.People;
import se.samordna.sip.Sip;

/** What every SIP page shows about the case and its person, with names for ids. */
@Component
class CaseModel {

	private final People people;

	private final Directory directory;

	private final Clock clock;

	CaseModel(People people, Directory directory, Clock clock) {
		this.people = people;
		this.directory = directory;
		this.clock = clock;
	}

	void add(Model model, Sip sip) {
		model.addAttribute("sip", sip);
		model.addAttribute("individual", people.view(sip.individualId()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("unitNames",
				directory.units().stream().collect(Collectors.toMap(unit -> unit.id(), unit -> unit.name())));
		model.addAttribute("organisationNames",
				directory.organisations()
					.stream()
					.collect(Collectors.toMap(organisation -> organisation.id(), organisation -> organisation.name())));
		model.addAttribute("staffNames",
				directory.staff().stream().collect(Collectors.toMap(StaffAccount::id, StaffAccount::displayName)));
	}

}
