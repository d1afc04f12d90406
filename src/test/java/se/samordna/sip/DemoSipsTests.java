package se.samordna.sip;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samordna.DemoCastTest;
import se.samordna.people.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer sees a living system: the demo data holds SIPs in the states the process
 * reaches.
 */
@DemoCastTest
class DemoSipsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoDataHoldsSipsInEveryStateTheProcessReaches() {
		assertThat(jdbc.sql("select distinct status from sip").query(String.class).list()).contains("ASSESSED",
				"CONSENTED", "PREPARING", "INVITED", "PLAN_ACTIVE", "FOLLOW_UP_DUE", "CLOSED");
	}

	@Test
	void gunnarsInvitedSipHasItsCalledMeetingAndAlexsPlanItsFollowUpMeeting() {
		assertThat(jdbc.sql("""
				select m.kind from meeting m join sip s on s.id = m.sip_id
				where m.status = 'CALLED' and s.individual_id in (?, ?) order by m.kind""")
			.params(TestPeople.GUNNAR.id(), TestPeople.ALEX.id())
			.query(String.class)
			.list()).contains("FIRST", "FOLLOW_UP");
	}

	@Test
	void theProtectedPersonsDemoSipIsTheOneWithAFollowUpDue() {
		assertThat(jdbc.sql("select status from sip where individual_id = ?")
			.param(TestPeople.SANNA.id())
			.query(String.class)
			.list()).contains("FOLLOW_UP_DUE");
	}

	@Test
	void demoPlansHaveTheirConfirmedVersionsAndTimelines() {
		assertThat(jdbc.sql("select count(*) from sip_plan_version").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from sip s where not exists (select 1 from sip_step t where t.sip_id = s.id)""")
			.query(Long.class)
			.single()).isZero();
	}

}
