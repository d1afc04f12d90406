package se.samordna.access.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.access.AccessRelationSource;
import se.samordna.access.AccessRule;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.RecordAccessSource;
import se.samordna.access.RecordRead;
import se.samordna.directory.Feature;

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
			return Feature.of(user.roles()).contains(Feature.PEOPLE) ? Optional.empty()
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
			return refusals(user, List.of(new RecordRead(subject, record))).get(0);
		}

		/**
		 * One question per source of each record type read, whatever the number of reads.
		 */
		@Override
		public List<Optional<String>> refusals(CurrentUser user, List<RecordRead> reads) {
			Set<AccessedRecord> refused = new HashSet<>();
			for (RecordAccessSource source : sources) {
				List<AccessedRecord> ofType = reads.stream()
					.map(RecordRead::record)
					.filter(record -> record.type().equals(source.recordType()))
					.toList();
				if (ofType.isEmpty()) {
					continue;
				}
				Set<String> ids = new LinkedHashSet<>(
						ofType.stream().map(AccessedRecord::id).filter(Objects::nonNull).toList());
				Set<String> takingPart = ids.isEmpty() ? Set.of() : source.takingPartAmong(user.unitId(), ids);
				ofType.stream()
					.filter(record -> record.id() == null || !takingPart.contains(record.id()))
					.forEach(refused::add);
			}
			return reads.stream()
				.map(read -> refused.contains(read.record()) ? Optional.of("access.denied.notParticipant")
						: Optional.<String>empty())
				.toList();
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
			return refusals(user, List.of(new RecordRead(subject, record))).get(0);
		}

		/**
		 * One question per source for all the individuals read; a later source is asked
		 * only about those no earlier one relates the unit to.
		 */
		@Override
		public List<Optional<String>> refusals(CurrentUser user, List<RecordRead> reads) {
			Set<UUID> unknown = new LinkedHashSet<>(reads.stream().map(read -> read.subject().individualId()).toList());
			Set<UUID> related = new HashSet<>();
			for (AccessRelationSource source : sources) {
				if (unknown.isEmpty()) {
					break;
				}
				Set<UUID> found = source.relatedAmong(user.unitId(), List.copyOf(unknown));
				related.addAll(found);
				unknown.removeAll(found);
			}
			List<Optional<String>> refusals = new ArrayList<>();
			for (RecordRead read : reads) {
				refusals.add(related.contains(read.subject().individualId()) ? Optional.empty()
						: Optional.of("access.denied.noRelation"));
			}
			return refusals;
		}

	}

}
