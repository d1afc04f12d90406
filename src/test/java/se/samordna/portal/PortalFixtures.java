package se.samordna.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Answer;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.people.TestPeople;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/**
 * A SIP of Alex's own for a test to change freely (the demo SIP stays as it is):
 * consented by Alex, BUP and elevhälsan taking part, plan version 1 with anna as
 * coordinator, and a follow-up meeting where BUP comes, elevhälsan cannot, and Maria has
 * not answered.
 */
public final class PortalFixtures {

	public static final UUID BUP = UUID.fromString("20000000-0000-0000-0000-000000000002");

	public static final UUID ELEVHALSA = UUID.fromString("20000000-0000-0000-0000-000000000015");

	public static final UUID ANNA = UUID.fromString("30000000-0000-0000-0000-000000000001");

	public static final UUID MARIA_AS_GUARDIAN = UUID.fromString("50000000-0000-0000-0000-000000000001");

	public static final String FIRST_GOAL = "Jag vill orka gå till skolan";

	private PortalFixtures() {
	}

	public static PlanContent plan(List<String> goals) {
		return new PlanContent(List.of("Komma tillbaka till skolan"),
				goals.stream()
					.map(words -> new PlanContent.Goal(words, PlanContent.Goal.Term.LONG, List.of(), "BUP"))
					.toList(),
				List.of(new PlanContent.Action(UUID.fromString("a0000000-0000-0000-0000-000000000001"),
						"Samtal varannan vecka", BUP, null, null, PlanContent.Action.Timing.INDEPENDENT, null)),
				List.of());
	}

	/** Leaves anna signed in in the calling thread. */
	public static Sip alexsOwnSip(Sips sips, Meetings meetings, UserDetailsService logins, Clock clock) {
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(TestPeople.ALEX.id(), new Assessment(Assessment.NoticedBy.SKOLA,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Skolfrånvaro och oro."), true);
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(clock), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		sip = sips.addUnit(sip.id(), sip.version(), BUP, "Behandlare");
		sip = sips.addUnit(sip.id(), sip.version(), ELEVHALSA, "Skolkurator");
		sip = sips.editPlan(sip.id(), sip.version(), plan(List.of(FIRST_GOAL)));
		sips.confirmPlan(sip.id(), sip.version(), ANNA, LocalDate.now(clock).plusMonths(2),
				sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Se hur det går i skolan",
						MeetingTime.of(LocalDate.now(clock).plusDays(20).atTime(LocalTime.of(13, 0)), 60,
								"Familjecentralen", null),
						"", "Hej Alex! Vi ses och pratar om hur det går."),
				Set.of(BUP, ELEVHALSA), Set.of(Meetings.INDIVIDUAL, MARIA_AS_GUARDIAN.toString()));
		TestLogins.signIn(logins, "bodil");
		meetings.answer(sip.id(), meeting.id(), meeting.invitationFor(BUP).orElseThrow().invitationId(),
				Answer.ACCEPTED, "Bodil", null);
		TestLogins.signIn(logins, "ella");
		meetings.answer(sip.id(), meeting.id(), meeting.invitationFor(ELEVHALSA).orElseThrow().invitationId(),
				Answer.DECLINED, null, "Vi har studiedag.");
		TestLogins.signIn(logins, "anna");
		return sips.view(sip.id());
	}

}
