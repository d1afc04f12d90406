package se.samordna.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.people.Relation;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.Sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who took part, as the protocol records it, is who "planned together" in the confirmed
 * plan; and the people around the person keep the role they are registered with.
 */
@IntegrationTest
class WhoTookPartTests extends MeetingIntegrationTest {

	static String relationId(Individual person, String name) {
		return person.relations()
			.stream()
			.filter(r -> r.name().equals(name))
			.map(Relation::id)
			.findFirst()
			.orElseThrow()
			.toString();
	}

	@Test
	void anAbsentUnitAndAnAbsentRelativeAreNoPlannersOfTheConfirmedPlan() {
		Individual person = fixtures.adultWithRelatives();
		Sip sip = fixtures.consentedSip(person);
		LocalDateTime startsAt = LocalDate.now(clock).plusDays(3).atTime(LocalTime.of(9, 0));
		Meeting meeting = meetings.call(sip.id(), fixtures.call(startsAt),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN, TestUnits.FORSAKRINGSKASSAN_UPPSALA),
				Set.of(Meetings.INDIVIDUAL, relationId(person, "Rut Mötesson"), relationId(person, "Sten Mötesson")));
		Map<UUID, Attendance> attendance = new HashMap<>();
		for (Invitation invitation : meeting.invitations()) {
			Invitee invitee = invitation.invitee();
			boolean absent = TestUnits.FORSAKRINGSKASSAN_UPPSALA.equals(invitee.unitId())
					|| "Sten Mötesson".equals(invitee.name());
			attendance.put(invitation.invitationId(), absent
					? (invitee.unitId() != null ? Attendance.ABSENT_WITHOUT_NOTICE : Attendance.ABSENT_WITH_NOTICE)
					: Attendance.PRESENT);
		}
		clock.advance(Duration.between(clock.instant(), startsAt.atZone(clock.getZone()).toInstant()));

		meetings.hold(sip.id(), meeting.id(), meeting.version(), fixtures.protocol(), attendance,
				MeetingFixtures.plan());

		PlanVersion confirmed = sips.versions(sip.id()).get(0);
		assertThat(confirmed.participants()).filteredOn(p -> p.kind() == Participant.Kind.UNIT)
			.extracting(Participant::unitId)
			.containsExactlyInAnyOrder(TestUnits.VARDCENTRALEN_LINDGARDEN, MeetingFixtures.ANNAS_UNIT);
		assertThat(confirmed.participants()).filteredOn(p -> p.kind() != Participant.Kind.UNIT)
			.extracting(Participant::name)
			.containsExactly("Rut Mötesson");
		// all of them still take part in the SIP; only the plan's "we planned together"
		// follows the attendance
		assertThat(sips.view(sip.id()).participants()).extracting(Participant::name).contains("Sten Mötesson");
		assertThat(sips.view(sip.id()).involvesUnit(TestUnits.FORSAKRINGSKASSAN_UPPSALA)).isTrue();
	}

	@Test
	void aRegisteredGuardianIsInvitedAndTakesPartAsAGuardianNotAsARelative() throws Exception {
		TestLogins.signIn(logins, "anna");
		Individual child = individuals.child(16, "Tindra", "Mötesson", "Gun Mötesson");
		Sip sip = fixtures.consentedSip(child);
		Meeting meeting = meetings.call(sip.id(),
				fixtures.call(LocalDate.now(clock).plusDays(10).atTime(LocalTime.of(9, 0))),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN),
				Set.of(Meetings.INDIVIDUAL, relationId(child, "Gun Mötesson")));

		assertThat(meeting.invitations()).filteredOn(i -> "Gun Mötesson".equals(i.invitee().name()))
			.singleElement()
			.satisfies(i -> assertThat(i.invitee().kind()).isEqualTo(InviteeKind.GUARDIAN));
		List<Participant> persons = sips.view(sip.id())
			.participants()
			.stream()
			.filter(p -> "Gun Mötesson".equals(p.name()))
			.toList();
		assertThat(persons).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Participant.Kind.GUARDIAN));

		String page = mvc
			.perform(get("/sip/" + sip.id() + "/moten/" + meeting.id()).with(user(logins.loadUserByUsername("anna"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Gun Mötesson (vårdnadshavare)").doesNotContain("Gun Mötesson (närstående)");
	}

}
