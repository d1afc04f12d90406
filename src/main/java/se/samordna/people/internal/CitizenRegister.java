package se.samordna.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.access.CitizenRelation;
import se.samordna.access.CitizenRelationSource;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Standing;
import se.samordna.people.MandateArea;
import se.samordna.people.Personnummer;
import se.samordna.people.RelationKind;

/**
 * Who a signed-in citizen is to whom, from the person register: themself, the children
 * they are registered guardian of, the adults whose god man, förvaltare or ombud they are
 * (with the mandate; an ombud's fullmakt). A relative (närstående) gains nothing by being
 * one.
 */
@Component
class CitizenRegister implements CitizenRelationSource {

	private final JdbcClient jdbc;

	private final Clock clock;

	CitizenRegister(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<CitizenRelation> relationsOf(String personalIdentity) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select i.id, i.personal_identity, i.protected_identity, i.given_name || ' ' || i.family_name as name,
				       'SELF' as kind, '' as mandate
				from individual i where i.personal_identity = :identity
				union all
				select i.id, i.personal_identity, i.protected_identity, i.given_name || ' ' || i.family_name,
				       r.kind, r.mandate
				from individual_relation r join individual i on i.id = r.individual_id
				where r.personal_identity = :identity and r.kind <> 'RELATIVE'
				order by 5, 4""").param("identity", personalIdentity).query((rs, row) -> {
			String kind = rs.getString("kind");
			Set<String> mandate = Set.of(rs.getString("mandate").split(","));
			PersonalDataSubject subject = new PersonalDataSubject(rs.getObject("id", java.util.UUID.class),
					rs.getString("personal_identity"), rs.getBoolean("protected_identity"));
			return new CitizenRelation(subject, rs.getString("name"), standing(kind),
					new Personnummer(subject.personalIdentity()).ageOn(today),
					mandate.contains(MandateArea.SORJA_FOR_PERSON.name()),
					// an ombud's fullmakt is written in words: reading, unless areas were
					// ticked
					mandate.contains(MandateArea.BEVAKA_RATT.name()) || RelationKind.OMBUD.name().equals(kind));
		}).list();
	}

	@Override
	public Optional<String> nameOf(String personalIdentity) {
		return jdbc.sql("select given_name || ' ' || family_name from individual where personal_identity = ?")
			.param(personalIdentity)
			.query(String.class)
			.optional();
	}

	private static Standing standing(String kind) {
		if ("SELF".equals(kind)) {
			return Standing.SELF;
		}
		return RelationKind.valueOf(kind) == RelationKind.GUARDIAN ? Standing.GUARDIAN : Standing.REPRESENTATIVE;
	}

}
