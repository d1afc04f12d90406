package se.samordna.meetings;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.people.People;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the meetings' integration tests share: the use cases, MockMvc, fresh fixtures per
 * test, and a clock put back after each. Each subclass is an {@code @IntegrationTest}.
 */
abstract class MeetingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Meetings meetings;

	@Autowired
	Sips sips;

	@Autowired
	People people;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	MeetingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new MeetingFixtures(sips, meetings, people, individuals, logins, clock);
	}

	@AfterEach
	void cleanUp() {
		TestLogins.signOut();
		clock.reset();
	}

	RequestPostProcessor as(String username) {
		return user(logins.loadUserByUsername(username));
	}

	void moveClockTo(LocalDateTime local) {
		clock.advance(Duration.between(clock.instant(), local.atZone(clock.getZone()).toInstant()));
	}

}
