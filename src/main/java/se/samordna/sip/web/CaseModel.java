package se.samordna.sip.web;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.samordna.directory.Directory;
import se.samordna.sip.Sips;

/**
 * What every SIP page shows about the case and its person, with the names of the units,
 * staff and organisations it shows. The person comes with the SIP from {@link Sips#read}
 * or {@link Sips#overview}, under the SIP's one access-log row: this class reads no
 * personal data of its own.
 */
@Component
class CaseModel {

	private final Directory directory;

	private final Clock clock;

	CaseModel(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** The case, with the names the SIP itself shows. */
	void add(Model model, Sips.Case sipCase) {
		add(model, sipCase, new ShownNames());
	}

	/** The case, with the names the SIP shows and those of what else the page shows. */
	void add(Model model, Sips.Case sipCase, ShownNames shown) {
		model.addAttribute("sip", sipCase.sip());
		model.addAttribute("individual", sipCase.individual());
		model.addAttribute("zone", clock.getZone());
		shown.of(sipCase.sip()).addTo(model, directory);
	}

}
