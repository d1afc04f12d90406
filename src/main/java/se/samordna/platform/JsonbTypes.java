package se.samordna.platform;

import java.util.List;

/**
 * Value types a module stores as one {@code jsonb} column of its aggregate (a consent, a
 * plan draft …). Declare one bean per module; the platform turns them into Spring Data
 * JDBC converters.
 */
public record JsonbTypes(List<Class<?>> types) {

	public JsonbTypes {
		types = List.copyOf(types);
	}

	public static JsonbTypes of(Class<?>... types) {
		return new JsonbTypes(List.of(types));
	}

}
