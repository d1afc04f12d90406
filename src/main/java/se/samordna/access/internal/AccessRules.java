package se.samordna.access.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samordna.access.AccessRelationSource;
import se.samordna.access.AccessRule;
import se.samordna.access.AccessedRecord;
import se.samordna.access.RecordAccessSource;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.directory.Role;

/** The named rules of the first access model (DESIGN.md, "Access rules"). */
@Component
public class AccessRules {

	private final HoldsCaseRole caseRole = new HoldsCaseRole();

	private final UnitRelatesToIndividual relation;

	private final UnitTakesPartInRecord record;

	AccessRules(List<AccessRelationSource> sources, List<RecordAccessSource> records) {
		this.relation = new UnitRelatesToIndividual(sources);
		this.record = new UnitTakesPartInRecord(records);
	}

	/** Reading or changing an individual's data, in whatever record. */
	public List<AccessRule> forPersonalData() {
		return List.of(caseRole, relation, record);
	}

	public AccessRule caseRole() {
		return caseRole;
	}

	/**
	 * Only staff who work with individuals read personal data; administrators and
	 * analysts do not, whatever else they may do.
	 */
	static final class HoldsCaseRole implements AccessRule {

		@Override
		public Optional<String> refusal(CurrentUser user, PersonalDataSubject subject, AccessedRecord record) {
			return user.hasRole(Role.STAFF) || user.hasRole(Role.SIP_FACILITATOR) ? Optional.empty()
					: Optional.of("access.denied.role");
		}

	}

	/**
	 * Some records are shared with a narrower circle than the person's whole file: a SIP
	 * only with its starting and participating units. The module that owns the record
	 * type says who.
	 */
	static final class UnitTakesPartInRecord implements AccessRule {

		private final List<RecordAccessSource> sources;

		UnitTakesPartInRecord(List<RecordAccessSource> sources) {
			this.sources = List.copyOf(sources);
		}

		@Override
		public Optional<String> refusal(CurrentUser user, PersonalDataSubject subject, AccessedRecord record) {
			String id = record.id();
			boolean refused = sources.stream()
				.filter(source -> source.recordType().equals(record.type()))
				.anyMatch(source -> id == null || !source.unitTakesPart(user.unitId(), id));
			return refused ? Optional.of("access.denied.notParticipant") : Optional.empty();
		}

	}

	/** Need-based access: the user's unit must have a relation to the individual. */
	static final class UnitRelatesToIndividual implements AccessRule {

		private final List<AccessRelationSource> sources;

		UnitRelatesToIndividual(List<AccessRelationSource> sources) {
			this.sources = List.copyOf(sources);
		}

		@Override
		public Optional<String> refusal(CurrentUser user, PersonalDataSubject subject, AccessedRecord record) {
			boolean relates = sources.stream()
				.anyMatch(source -> source.relates(user.unitId(), subject.individualId()));
			return relates ? Optional.empty() : Optional.of("access.denied.noRelation");
		}

	}

}
