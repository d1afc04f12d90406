package se.samordna.platform.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import tools.jackson.databind.json.JsonMapper;

import se.samordna.platform.JsonbTypes;

/**
 * Stores the value types modules declare in {@link JsonbTypes} as PostgreSQL
 * {@code jsonb}, with the application's Jackson mapper.
 */
@Configuration(proxyBeanMethods = false)
class JsonbConversions {

	@Bean
	JdbcCustomConversions jdbcCustomConversions(List<JsonbTypes> declared, JsonMapper json, JdbcDialect dialect) {
		Set<Class<?>> types = declared.stream().flatMap(d -> d.types().stream()).collect(Collectors.toSet());
		return JdbcCustomConversions.of(dialect, List.of(new ToJsonb(types, json), new FromJsonb(types, json)));
	}

	@WritingConverter
	record ToJsonb(Set<Class<?>> types, JsonMapper json) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return types.stream().map(type -> new ConvertiblePair(type, PGobject.class)).collect(Collectors.toSet());
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null) {
				return null;
			}
			var jsonb = new PGobject();
			jsonb.setType("jsonb");
			try {
				jsonb.setValue(json.writeValueAsString(source));
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot write jsonb", e);
			}
			return jsonb;
		}

	}

	@ReadingConverter
	record FromJsonb(Set<Class<?>> types, JsonMapper json) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return types.stream().map(type -> new ConvertiblePair(PGobject.class, type)).collect(Collectors.toSet());
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null || ((PGobject) source).getValue() == null) {
				return null;
			}
			return json.readValue(((PGobject) source).getValue(), targetType.getType());
		}

	}

}
