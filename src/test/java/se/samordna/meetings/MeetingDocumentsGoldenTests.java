package se.samordna.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import se.samordna.IntegrationTest;
import se.samordna.sip.PlanContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jsonb documents of a meeting, read and written by the application's own mapper,
 * against files that hold the stored format. Renaming a component or an enum constant
 * makes these fail instead of turning stored meetings into nulls.
 */
@IntegrationTest
class MeetingDocumentsGoldenTests {

	static final UUID ERIK = UUID.fromString("30000000-0000-0000-0000-000000000002");

	static final UUID ANNA = UUID.fromString("30000000-0000-0000-0000-000000000001");

	static final UUID LINDGARDEN = UUID.fromString("20000000-0000-0000-0000-000000000001");

	@Autowired
	JsonMapper json;

	static String golden(String name) throws IOException {
		try (InputStream in = MeetingDocumentsGoldenTests.class.getResourceAsStream("/golden/meetings/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	<T> void roundTrips(String file, T value, Class<T> type) throws IOException {
		String stored = golden(file);
		assertThat(json.readValue(stored, type)).isEqualTo(value);
		assertThat(json.readTree(json.writeValueAsString(value))).isEqualTo(json.readTree(stored));
	}

	@Test
	void theInvitationsReadAndWriteTheirStoredFormat() throws IOException {
		var invitations = new Meeting.InvitationList(List.of(
				new Invitation(UUID.fromString("6a1c0e5e-0000-4000-8000-000000000001"), Invitee.unit(LINDGARDEN),
						Answer.ACCEPTED, "Erik Holmgren", null, Instant.parse("2026-11-24T08:15:00Z"), ERIK, null,
						Attendance.PRESENT),
				new Invitation(UUID.fromString("6a1c0e5e-0000-4000-8000-000000000002"),
						Invitee.person(InviteeKind.GUARDIAN, "Maria Lindqvist", "maria@example.se"), Answer.NONE, null,
						null, null, null, Instant.parse("2026-11-26T09:00:00Z"), Attendance.ABSENT_WITHOUT_NOTICE)));
		roundTrips("invitations-v1.json", invitations, Meeting.InvitationList.class);
	}

	@Test
	void theProtocolReadsAndWritesItsStoredFormat() throws IOException {
		var protocol = new Protocol(ANNA, ANNA,
				Map.of(AgendaSection.INTRODUCTION, "Alla presenterade sig.", AgendaSection.NEEDS, "Skolan och sömnen"),
				ERIK, LocalDate.of(2027, 3, 1), "Alex fick tala först", "Kortare möte");
		roundTrips("protocol-v1.json", protocol, Protocol.class);
	}

	@Test
	void aProtocolDraftKeepsHalfFilledRowsInItsStoredFormat() throws IOException {
		var draft = new ProtocolDraft(ProtocolDraft.FORMAT, ANNA, null,
				Map.of(UUID.fromString("6a1c0e5e-0000-4000-8000-000000000001"), Attendance.REMOTE),
				Map.of(AgendaSection.CURRENT_SITUATION, "Går i skolan två dagar i veckan."),
				"Komma tillbaka till skolan\nSova bättre",
				List.of(new ProtocolDraft.Goal("Jag vill gå i skolan", PlanContent.Goal.Term.LONG, "Tre dagar i veckan",
						"")),
				// an action with no words, ending before it starts, "after" nothing: a
				// draft
				List.of(new ProtocolDraft.Action(null, "", LINDGARDEN, LocalDate.of(2027, 2, 1),
						LocalDate.of(2027, 1, 15), PlanContent.Action.Timing.AFTER, null)),
				null, LocalDate.of(2027, 3, 1), "", "", ANNA, Instant.parse("2026-11-24T13:03:00Z"));
		roundTrips("protocol-draft-v1.json", draft, ProtocolDraft.class);
	}

	@Test
	void aDocumentOfAnotherFormatIsRefusedNotHalfRead() throws IOException {
		String future = golden("protocol-v1.json").replace("\"format\": 1", "\"format\": 2");
		assertThatThrownBy(() -> json.readValue(future, Protocol.class)).hasStackTraceContaining("format 2");
		// rows written before the format existed are given it by V20; without it nothing
		// is read
		String unversioned = golden("invitations-v1.json").replace("\"format\": 1,", "");
		assertThatThrownBy(() -> json.readValue(unversioned, Meeting.InvitationList.class))
			.isInstanceOf(JacksonException.class);
	}

}
