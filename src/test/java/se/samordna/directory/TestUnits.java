package se.samordna.directory;

import java.util.UUID;

/** Units and organisations of the demo directory, by the same ids. */
public final class TestUnits {

	private TestUnits() {
	}

	public static final UUID REGION_UPPSALA = UUID.fromString("10000000-0000-0000-0000-000000000001");

	public static final UUID UPPSALA_KOMMUN = UUID.fromString("10000000-0000-0000-0000-000000000002");

	public static final UUID ENKOPINGS_KOMMUN = UUID.fromString("10000000-0000-0000-0000-000000000003");

	public static final UUID FORSAKRINGSKASSAN = UUID.fromString("10000000-0000-0000-0000-000000000004");

	/** frida's unit, another actor. */
	public static final UUID FORSAKRINGSKASSAN_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000031");

	/** erik's unit. */
	public static final UUID VARDCENTRALEN_LINDGARDEN = UUID.fromString("20000000-0000-0000-0000-000000000001");

	/** bodil's unit. */
	public static final UUID BUP = UUID.fromString("20000000-0000-0000-0000-000000000002");

	/** vera's unit. */
	public static final UUID VUXENPSYKIATRI = UUID.fromString("20000000-0000-0000-0000-000000000003");

	/** anna's unit. */
	public static final UUID SOCIALTJANST_BARN_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000011");

	/** birgitta's unit. */
	public static final UUID BISTANDSENHETEN_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000012");

	/** hanna's unit: kommunal hälso- och sjukvård. */
	public static final UUID HEMSJUKVARDEN_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000013");

	/** ella's unit. */
	public static final UUID ELEVHALSAN = UUID.fromString("20000000-0000-0000-0000-000000000015");

	/** olle's unit, the outsider to everything in Uppsala. */
	public static final UUID BISTANDSENHETEN_ENKOPING = UUID.fromString("20000000-0000-0000-0000-000000000021");

}
