package se.samordna.survey;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.ui.Model;

import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.OrganisationKind;

/**
 * What every survey form needs besides its questionnaire: the options of the background
 * items.
 */
public final class SurveyOptions {

	private SurveyOptions() {
	}

	public static void addTo(Model model, Directory directory) {
		model.addAttribute("municipalities", municipalities(directory));
		model.addAttribute("ageBands", Questionnaire.Background.AGE_BAND.options());
		model.addAttribute("genders", Questionnaire.Background.GENDER.options());
		model.addAttribute("employers", Questionnaire.Background.EMPLOYER.options());
	}

	/** A home municipality is one of the county's kommuner, by id, or "other". */
	public static Set<String> municipalityCodes(Directory directory) {
		var codes = new LinkedHashSet<String>();
		municipalities(directory).forEach(organisation -> codes.add(organisation.id().toString()));
		codes.add("other");
		return codes;
	}

	/** The county's kommuner, by name: the home municipalities a person may choose. */
	private static List<Organisation> municipalities(Directory directory) {
		return directory.organisations()
			.stream()
			.filter(organisation -> organisation.kind() == OrganisationKind.KOMMUN)
			.sorted(Comparator.comparing(Organisation::name))
			.toList();
	}

}
