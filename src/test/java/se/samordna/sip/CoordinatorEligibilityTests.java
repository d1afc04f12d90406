package se.samordna.sip;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.Directory;
import se.samordna.directory.Role;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.StaffDetails;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may coordinate is one rule in the SIP (an active staff member of a participating
 * kommun or region unit): the confirm page offers only those, and a crafted request for
 * anyone else is refused next to the field, with nothing confirmed.
 */
@IntegrationTest
class CoordinatorEligibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	Sips sips;

	@Autowired
	Directory directory;

	@Autowired
	TestIndividuals people;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	/** A staff member of erik's vårdcentral whose account has been switched off. */
	StaffAccount inactiveNurseAtTheVardcentral() {
		TestLogins.signIn(logins, "admin");
		String username = "slutat" + UUID.randomUUID().toString().substring(0, 8);
		return directory.createStaff(new StaffDetails(username, "Stina Slutat", "sjuksköterska",
				TestUnits.VARDCENTRALEN_LINDGARDEN, null, Set.of(Role.STAFF), false));
	}

	/**
	 * anna's SIP for a new adult, with erik's vårdcentral taking part and a complete
	 * draft.
	 */
	Sip readyToConfirm() {
		TestLogins.signIn(logins, "anna");
		Individual person = people.adult("Tove", "Fjällström");
		Sip sip = sips.start(person.id(), new Assessment(Assessment.NoticedBy.SOCIALTJANST,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Behöver stöd från flera håll."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		sip = sips.addUnit(sip.id(), sip.version(), TestUnits.VARDCENTRALEN_LINDGARDEN, "Vårdcentral");
		return sips.editPlan(sip.id(), sip.version(), new PlanContent(List.of("Stöd i vardagen"),
				List.of(new PlanContent.Goal("Klara mig hemma", PlanContent.Goal.Term.LONG, List.of(),
						"Vårdcentralen")),
				List.of(new PlanContent.Action(UUID.randomUUID(), "Hembesök varje vecka",
						TestUnits.VARDCENTRALEN_LINDGARDEN, null, null, PlanContent.Action.Timing.INDEPENDENT, null)),
				List.of()));
	}

	@Test
	void anInactiveAccountIsNeitherOfferedNorAcceptedAsCoordinator() throws Exception {
		StaffAccount inactive = inactiveNurseAtTheVardcentral();
		Sip sip = readyToConfirm();

		mvc.perform(get("/sip/" + sip.id() + "/faststall").with(user(logins.loadUserByUsername("anna"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Erik Holmgren")))
			.andExpect(content().string(not(containsString("Stina Slutat"))));

		mvc.perform(post("/sip/" + sip.id() + "/faststall").with(user(logins.loadUserByUsername("anna")))
			.with(csrf())
			.param("version", String.valueOf(sip.version()))
			.param("coordinator", inactive.id().toString())
			.param("followUp", LocalDate.now().plusMonths(2).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coordinator-error\"")));

		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).planVersion()).isZero();
		assertThat(sips.view(sip.id()).coordinator()).isEmpty();
	}

	@Test
	void theCandidatesAreTheActiveStaffOfParticipatingPrincipalUnits() {
		StaffAccount inactive = inactiveNurseAtTheVardcentral();
		Sip sip = readyToConfirm();
		assertThat(sips.coordinatorCandidates(sip)).extracting(StaffAccount::displayName)
			.contains("Anna Berglund", "Erik Holmgren")
			.doesNotContain(inactive.displayName(), "Bodil Ekman", "Frida Almqvist");
	}

}
