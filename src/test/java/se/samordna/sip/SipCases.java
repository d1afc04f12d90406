package se.samordna.sip;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * SIPs for one test, built through the staff use cases: anna (socialtjänst, kommun)
 * starts them for a new adult, and erik's vårdcentral (region) takes part once there is
 * consent. Leaves anna signed in.
 */
record SipCases(Sips sips, TestIndividuals people, UserDetailsService logins, Clock clock) {

	static final Assessment ASSESSMENT = new Assessment(Assessment.NoticedBy.SOCIALTJANST,
			Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Behöver stöd från flera håll.");

	/** A request as a demo staff member would send it, with CSRF as the form has it. */
	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username))).with(csrf());
	}

	Individual person() {
		TestLogins.signIn(logins, "anna");
		return people.adult("Tove", "Fjällström");
	}

	/** Started by anna, waiting for consent. */
	Sip assessed() {
		return assessed(person());
	}

	Sip assessed(Individual person) {
		TestLogins.signIn(logins, "anna");
		return sips.start(person.id(), ASSESSMENT);
	}

	/** Consented for kommun and region; erik's vårdcentral takes part. */
	Sip consented() {
		Sip sip = assessed();
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(clock), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		return sips.addUnit(sip.id(), sip.version(), TestUnits.VARDCENTRALEN_LINDGARDEN, "Vårdcentral");
	}

	/**
	 * A complete draft: one need, one goal, the vårdcentral's visits and, after them,
	 * anna's unit's support.
	 */
	Sip withDraft() {
		Sip sip = consented();
		return sips.editPlan(sip.id(), sip.version(), draft());
	}

	static PlanContent draft() {
		UUID visits = UUID.randomUUID();
		return new PlanContent(List.of("Stöd i vardagen"),
				List.of(new PlanContent.Goal("Klara mig hemma", PlanContent.Goal.Term.LONG, List.of(),
						"Vårdcentralen")),
				List.of(new PlanContent.Action(visits, "Hembesök varje vecka", TestUnits.VARDCENTRALEN_LINDGARDEN, null,
						null, PlanContent.Action.Timing.INDEPENDENT, null),
						new PlanContent.Action(UUID.randomUUID(), "Stöd med ekonomin",
								TestUnits.SOCIALTJANST_BARN_UPPSALA, null, null, PlanContent.Action.Timing.AFTER,
								visits)),
				List.of());
	}

	/** Version 1 confirmed, with erik as coordinator and everyone as planners. */
	Sip confirmed() {
		Sip sip = withDraft();
		sips.confirmPlan(sip.id(), sip.version(), TestStaff.ERIK, LocalDate.now(clock).plusMonths(2),
				sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));
		return sips.view(sip.id());
	}

	/**
	 * Closed by erik, the coordinator, because the need is met. Leaves erik signed in.
	 */
	Sip closed() {
		Sip sip = confirmed();
		TestLogins.signIn(logins, "erik");
		return sips.close(sip.id(), sip.version(), ClosingReason.NEED_MET, null);
	}

	/** The demo staff this file names by id. */
	static final class TestStaff {

		static final UUID ERIK = UUID.fromString("30000000-0000-0000-0000-000000000002");

		private TestStaff() {
		}

	}

}
