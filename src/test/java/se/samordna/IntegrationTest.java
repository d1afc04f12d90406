package se.samordna;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import se.samordna.testdata.StatementCounter;
import se.samordna.e2e.AxeScript;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestMeetings;
import se.samordna.testdata.TestSips;

/**
 * The whole application on the embedded PostgreSQL, on a random port for the browser
 * journeys and with MockMvc beside it, with the demo directory (organisations, units,
 * staff and their log-ins) and without the demo cast. Every test class that uses this —
 * service, MockMvc and browser tests alike — shares one application context and one
 * database, so each test builds the people, SIPs and meetings it needs
 * ({@link TestIndividuals}, {@link TestSips}, {@link TestMeetings}) and never relies on
 * what another test left behind or on the order tests run in. Demo facts are checked in a
 * context of their own ({@link DemoCastTest}). The data source counts statements
 * ({@link StatementCounter}) for the tests that ask, so that they share this context too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestClock.Config.class, TestIndividuals.class, TestSips.class, TestMeetings.class, FailingEndpoint.class,
		AxeScript.class, StatementCounter.Config.class })
public @interface IntegrationTest {

}
