package se.samordna.access.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samordna.access.AccessRelationSource;
import se.samordna.access.AccessRule;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.directory.Role;

/** The named rules of the first access model (DESIGN.md, "Access rules"). */
@Component
public class AccessRules {

	private final HoldsCaseRole caseRole = new HoldsCaseRole();

	private final UnitRelatesToIndividual relation;

	AccessRules(List<AccessRelationSource> sources) {
		this.relation = new UnitRelatesToIndividual(sources);
	}

	/** Reading or changing an individual's data. */
	public List<AccessRule> forPersonalData() {
		return List.of(caseRole, relation);
	}

	public AccessRule caseRole() {
		return caseRole;
	}

	/**
	 * Only staff who work with individuals read personal data; administrators and analysts do
	 * not, whatever else they may do.
	 */
	static final class HoldsCaseRole implements AccessRule {

		@Override
		public Optional<String> refusal(CurrentUser user, PersonalDataSubject subject) {
			return user.hasRole(Role.STAFF) || user.hasRole(Role.SIP_FACILITATOR) ? Optional.empty()
					: Optional.of("access.denied.role");
		}

	}

	/** Need-based access: the user's unit must have a relation to the individual. */
	static final class UnitRelatesToIndividual implements AccessRule {

		private final List<AccessRelationSource> sources;

		UnitRelatesToIndividual(List<AccessRelationSource> sources) {
			this.sources = List.copyOf(sources);
		}

		@Override
		public Optional<String> refusal(CurrentUser user, PersonalDataSubject subject) {
			boolean relates = sources.stream().anyMatch(source -> source.relates(user.unitId(), subject.individualId()));
			return relates ? Optional.empty() : Optional.of("access.denied.noRelation");
		}

	}

}
