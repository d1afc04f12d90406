package se.samordna.access;

import java.io.Serializable;

/**
 * A person signed in to their own pages: the individual, a guardian or a representative.
 * Known by the personnummer their e-legitimation vouches for.
 *
 * @param username the demo log-in name, or "medborgare" when signed in through the IdP
 */
public record Citizen(String personalIdentity, String displayName, String username) implements Serializable {

	@Override
	public String toString() {
		return "Citizen[" + username + "]";
	}

}
