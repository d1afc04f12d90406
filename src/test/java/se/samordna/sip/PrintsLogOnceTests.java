package se.samordna.sip;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samordna.TestLogins;
import se.samordna.access.AccessLogRows;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A staff print or export of a plan version, or a printed kallelse, is one access-log row
 * for the person: the row says PRINT or EXPORT and which version, and covers the person's
 * details on the paper; no second READ row beside it.
 */
class PrintsLogOnceTests extends SipCaseTests {

	static final String PLAN_PDF = "/sip/%s/plan/1.pdf";

	static final String EXPORT = "/sip/%s/plan/1/export.zip";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Test
	void aPrintedKallelseIsOneRow() throws Exception {
		Sip sip = cases.consented();
		TestLogins.signIn(logins, "anna");
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera stödet",
						MeetingTime.of(LocalDate.now(clock).plusDays(10).atTime(10, 0), 60, "Vårdcentralen", null), "",
						"Välkommen till mötet."),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of(Meetings.INDIVIDUAL));
		AccessLogRows rows = new AccessLogRows(jdbc);
		long readsBefore = rows.count("anna", sip.individualId(), "READ", "GRANTED");

		mvc.perform(cases.as("anna", get("/sip/" + sip.id() + "/moten/" + meeting.id() + "/kallelse.pdf")))
			.andExpect(status().isOk());

		assertThat(rows.count("anna", sip.individualId(), "PRINT", "GRANTED")).isEqualTo(1);
		assertThat(rows.count("anna", sip.individualId(), "READ", "GRANTED")).isEqualTo(readsBefore);
	}

	@Test
	void aPrintedPlanIsOneRowAndAnExportIsOneRow() throws Exception {
		Sip sip = cases.confirmed();
		AccessLogRows rows = new AccessLogRows(jdbc);
		long readsBefore = rows.count("anna", sip.individualId(), "READ", "GRANTED");

		mvc.perform(cases.as("anna", get(PLAN_PDF.formatted(sip.id())))).andExpect(status().isOk());
		mvc.perform(cases.as("anna", get(EXPORT.formatted(sip.id())))).andExpect(status().isOk());

		assertThat(rows.count("anna", sip.individualId(), "PRINT", "GRANTED")).isEqualTo(1);
		assertThat(rows.count("anna", sip.individualId(), "EXPORT", "GRANTED")).isEqualTo(1);
		assertThat(rows.count("anna", sip.individualId(), "READ", "GRANTED")).isEqualTo(readsBefore);
	}

}
