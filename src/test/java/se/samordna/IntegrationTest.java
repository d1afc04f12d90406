package se.samordna;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import se.samordna.testdata.StatementCounter;
import se.samordna.testdata.TestIndividuals;

/**
 * The whole application on the embedded PostgreSQL with demo data, with MockMvc. Every
 * test class that uses this shares one application context (and one database), so tests
 * create their own data or read the demo cast without changing it. The data source counts
 * statements ({@link StatementCounter}) for the tests that ask, so that they share this
 * context too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestClock.Config.class, TestIndividuals.class, StatementCounter.Config.class })
public @interface IntegrationTest {

}
