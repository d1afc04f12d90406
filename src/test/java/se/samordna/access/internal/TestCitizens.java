package se.samordna.access.internal;

import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samordna.access.Citizen;
import se.samordna.people.Individual;
import se.samordna.people.Personnummer;
import se.samordna.people.Relation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs in a citizen — the person, a guardian or a representative — with the same
 * principal the citizens' log-in form gives, for service calls, MockMvc requests and
 * browser sessions. The form itself is tested with the demo log-ins.
 */
public final class TestCitizens {

	private TestCitizens() {
	}

	/** Signs in the citizen in this thread, for calls straight to the services. */
	public static void signIn(String username, String personalIdentity, String name) {
		SecurityContextHolder.getContext().setAuthentication(authenticated(username, personalIdentity, name));
	}

	public static void signIn(Individual person) {
		SecurityContextHolder.getContext().setAuthentication(of(person));
	}

	/** The person themselves, under a log-in name of their own. */
	public static Authentication of(Individual person) {
		return authenticated(usernameOf(person.id()), person.personnummer().digits(), person.fullName());
	}

	/**
	 * One of the person's registered people (a guardian, a god man) who signs in with
	 * their own personnummer.
	 */
	public static Authentication relationOf(Individual person, String name) {
		Relation relation = person.relations()
			.stream()
			.filter(r -> r.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no relation named " + name));
		Personnummer personnummer = java.util.Objects.requireNonNull(relation.personnummer(), "no personnummer");
		return authenticated("relation-" + relation.id().toString().substring(0, 8), personnummer.digits(),
				relation.name());
	}

	public static Authentication authenticated(String username, String personalIdentity, String name) {
		var user = new CitizenUser(new Citizen(personalIdentity, name, username), null);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** A MockMvc request by the signed-in citizen. */
	public static RequestPostProcessor citizen(Authentication citizen) {
		return authentication(citizen);
	}

	public static RequestPostProcessor citizen(Individual person) {
		return authentication(of(person));
	}

	/** The log-in name the access log shows for the person. */
	public static String usernameOf(UUID individualId) {
		return "person-" + individualId.toString().substring(0, 8);
	}

}
