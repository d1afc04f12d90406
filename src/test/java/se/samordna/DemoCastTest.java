package se.samordna;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Demo mode as a newcomer meets it: the demo directory and the demo cast (people, SIPs,
 * meetings, survey answers), on a database of its own that no other test writes to. Tests
 * here only read the demo: they may log in (a session, access-log rows) but change no
 * person, SIP, meeting or answer, so every demo fact they assert is the demo's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "samordna.demo.cast=true")
@AutoConfigureMockMvc
public @interface DemoCastTest {

}
