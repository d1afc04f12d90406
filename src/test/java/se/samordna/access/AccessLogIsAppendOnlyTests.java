package se.samordna.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samordna.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself refuses to change or remove access-log rows, whoever asks. */
@IntegrationTest
class AccessLogIsAppendOnlyTests {

	@Autowired
	JdbcClient jdbc;

	long rowId;

	@BeforeEach
	void writeARow() {
		rowId = jdbc
			.sql("""
					insert into access_log (occurred_at, username, roles, protected_person, record_type, action, purpose, outcome)
					values (now(), 'append-only-test', 'STAFF', false, 'individual', 'READ', 'CARE', 'GRANTED')
					returning id""")
			.query(Long.class)
			.single();
	}

	@Test
	void updatingALogRowFailsInTheDatabase() {
		assertThatThrownBy(
				() -> jdbc.sql("update access_log set username = 'someone-else' where id = ?").param(rowId).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select username from access_log where id = ?").param(rowId).query(String.class).single())
			.isEqualTo("append-only-test");
	}

	@Test
	void deletingALogRowFailsInTheDatabase() {
		assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = ?").param(rowId).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select count(*) from access_log where id = ?").param(rowId).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void truncatingTheLogFailsInTheDatabase() {
		assertThatThrownBy(() -> jdbc.sql("truncate access_log").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

}
