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
import se.samordna.directory.TestStaff;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Answer;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestMeetings;
import se.samordna.testdata.TestSips;

/**
 * Alex on his own pages: 16, his mother Maria his guardian; a SIP he consented to
 * himself, BUP and elevhälsan taking part, plan version 1 with anna as coordinator, and a
 * follow-up meeting where BUP comes, elevhälsan cannot, and Maria has not answered.
 */
public final class PortalFixtures {

	public static final UUID BUP = TestUnits.BUP;

	public static final UUID ELEVHALSA = TestUnits.ELEVHALSAN;

	public static final UUID ANNA = TestStaff.ANNA;

	public static final String MARIA = "Maria Lindqvist";

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

	/** Alex, registered by anna's unit, with Maria as guardian. */
	public static Individual alex(TestIndividuals individuals, UserDetailsService logins) {
		return TestLogins.as(logins, "anna", () -> individuals.child(16, "Alex", "Lindqvist", MARIA));
	}

	/** Alex's own SIP, built by anna; the thread is signed in as before. */
	public static Sip alexsOwnSip(Individual alex, TestSips sips, TestMeetings meetings, Meetings calls,
			UserDetailsService logins, Clock clock) {
		return TestLogins.as(logins, "anna", () -> {
			TestSips.Case sip = sips.start(alex)
				.consented()
				.withUnits(BUP, ELEVHALSA)
				.planConfirmed(ANNA, plan(List.of(FIRST_GOAL)), LocalDate.now(clock).plusMonths(2));
			Meeting meeting = calls.call(sip.id(),
					new Meeting.Call("Se hur det går i skolan",
							MeetingTime.of(LocalDate.now(clock).plusDays(20).atTime(LocalTime.of(13, 0)), 60,
									"Familjecentralen", null),
							"", "Hej Alex! Vi ses och pratar om hur det går."),
					Set.of(BUP, ELEVHALSA), Set.of(Meetings.INDIVIDUAL, TestIndividuals.invitee(alex, MARIA)));
			meetings.answered(meeting, "bodil", Answer.ACCEPTED);
			meetings.answered(meeting, "ella", Answer.DECLINED);
			return sip.reread().sip();
		});
	}

}
