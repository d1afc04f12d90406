package se.samordna.sip;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.testdata.TestIndividuals;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the SIP page tests share: the application with MockMvc, SIPs built for each test
 * ({@link SipCases}), and nobody left signed in afterwards.
 */
@IntegrationTest
abstract class SipCaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Sips sips;

	@Autowired
	TestIndividuals people;

	@Autowired
	UserDetailsService logins;

	@Autowired
	Clock clock;

	SipCases cases;

	@BeforeEach
	void cases() {
		cases = new SipCases(sips, people, logins, clock);
	}

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	/** The page a request answers with, expecting it to be shown (200). */
	String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
