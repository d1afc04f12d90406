package se.samordna.people;

import java.util.UUID;

/**
 * The demo cast's people, by the same ids and Skatteverket test numbers as the demo data
 * (db/demo-cast), for the tests that check the demo itself ({@code @DemoCastTest}). Every
 * other test registers people of its own ({@code se.samordna.testdata.TestIndividuals}).
 */
public final class TestPeople {

	private TestPeople() {
	}

	public record Persona(UUID id, String personnummer, String name) {
	}

	/**
	 * 16 years old, Uppsala; guardians Maria and Johan; known to anna's, BUP's,
	 * elevhälsa's and erik's units.
	 */
	public static final Persona ALEX = new Persona(UUID.fromString("40000000-0000-0000-0000-000000000001"),
			"201001202397", "Alex Lindqvist");

	/** 11 years old, Alex's sister, two guardians. */
	public static final Persona ELSA = new Persona(UUID.fromString("40000000-0000-0000-0000-000000000003"),
			"201502092388", "Elsa Lindqvist");

	/**
	 * 78 years old, with god man Gudrun; known to erik's vårdcentral and Uppsala's
	 * hemsjukvård.
	 */
	public static final Persona GUNNAR = new Persona(UUID.fromString("40000000-0000-0000-0000-000000000004"),
			"194804032094", "Gunnar Åberg");

	/**
	 * Protected identity; known to erik's vårdcentral. Her stored address must never be
	 * shown.
	 */
	public static final Persona SANNA = new Persona(UUID.fromString("40000000-0000-0000-0000-000000000006"),
			"198602272380", "Sanna Ek");

	/** The street of Sanna's stored address, which no page may contain. */
	public static final String SANNA_STREET = "Klöverstigen";

	/** Enköping; known only to olle's unit. */
	public static final Persona BO = new Persona(UUID.fromString("40000000-0000-0000-0000-000000000007"),
			"197602012390", "Bo Nyström");

}
