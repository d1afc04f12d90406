package se.samordna.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class UnitInboxTests {

	@Autowired
	Sips sips;

	@Autowired
	UnitInbox inbox;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	@Test
	void withdrawingConsentTellsEveryUnitInvolved() {
		TestLogins.signIn(logins, "anna");
		Individual alex = individuals.aged(16, "Alex", "Lindqvist");
		Sip sip = sips.start(alex.id(), new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Oro för skolgången."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		sip = sips.addUnit(sip.id(), sip.version(), TestUnits.VARDCENTRALEN_LINDGARDEN, "Vårdcentral");
		sips.withdrawConsent(sip.id(), sip.version());
		var closed = sip.id();

		TestLogins.signIn(logins, "erik");
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.untilAsserted(() -> assertThat(inbox.mine()).anySatisfy(message -> {
				assertThat(message.sipId()).isEqualTo(closed);
				assertThat(message.detail()).isEqualTo("CONSENT_WITHDRAWN");
			}));
		TestLogins.signIn(logins, "anna");
		assertThat(inbox.mine()).anySatisfy(message -> assertThat(message.sipId()).isEqualTo(closed));

		// a unit that took no part hears nothing
		TestLogins.signIn(logins, "bodil");
		assertThat(inbox.mine()).noneSatisfy(message -> assertThat(message.sipId()).isEqualTo(closed));
	}

}
