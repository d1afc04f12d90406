package se.samordna.directory;

import java.util.UUID;

/**
 * Staff accounts of the demo directory, by the same ids; sign in with their user names
 * ({@code TestLogins.signIn(logins, "anna")}).
 */
public final class TestStaff {

	private TestStaff() {
	}

	/** anna: Socialtjänst barn och unga, Uppsala kommun. */
	public static final UUID ANNA = staff(1);

	/** erik: Vårdcentralen Lindgården, Region Uppsala. */
	public static final UUID ERIK = staff(2);

	/** olle: Biståndsenheten, Enköpings kommun, the outsider to Uppsala. */
	public static final UUID OLLE = staff(4);

	/** bodil: BUP Uppsala, Region Uppsala. */
	public static final UUID BODIL = staff(7);

	/** hanna: Hemsjukvården, Uppsala kommun. */
	public static final UUID HANNA = staff(8);

	/** frida: Försäkringskassan, not a principal. */
	public static final UUID FRIDA = staff(10);

	private static UUID staff(int number) {
		return UUID.fromString("30000000-0000-0000-0000-0000000000%02d".formatted(number));
	}

}
