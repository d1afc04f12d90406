package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessControl;
import se.samordna.access.CitizenRight;
import se.samordna.access.CitizenStanding;
import se.samordna.access.Purpose;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.internal.SipRecords;
import se.samordna.sip.internal.SipRepository;

/**
 * The SIP's use cases on the person's own pages, for the individual, a guardian or a
 * representative. Each one checks the citizen's standing (which writes the access log)
 * first.
 */
@Service
public class CitizenSips {

	private final SipStore store;

	private final SipRepository sips;

	private final SipRecords records;

	private final AccessControl access;

	CitizenSips(SipStore store, SipRepository sips, SipRecords records, AccessControl access) {
		this.store = store;
		this.sips = sips;
		this.records = records;
		this.access = access;
	}

	/** One of the person's SIPs, for the start page of their own pages. */
	public record Item(UUID sipId, CitizenStanding standing, SipStatus status, int planVersion,
			@Nullable LocalDate nextFollowUp, Instant startedAt) {
	}

	/**
	 * The SIPs of everyone the signed-in citizen may see: themself, their children, those
	 * they represent. Each listed SIP is a read, so each is in the access log.
	 */
	@Transactional
	public List<Item> list() {
		List<Item> items = new ArrayList<>();
		for (CitizenStanding standing : access.citizenStandings()) {
			List<Sip> theirs = sips.findByIndividualIdOrderByStartedAtDesc(standing.individualId());
			CitizenStanding granted = access.requireCitizenReads(standing.subject(),
					theirs.stream().map(sip -> SipStore.record(sip.id())).toList(), CitizenRight.VIEW, Purpose.SIP);
			theirs.forEach(sip -> items.add(new Item(sip.id(), granted, sip.status(), sip.planVersion(),
					sip.nextFollowUp().orElse(null), sip.startedAt())));
		}
		return items;
	}

	/**
	 * One SIP as the person sees it: the comments and own notes this reader may see.
	 *
	 * @param comments only those {@link CitizenStanding#mayReadNotesBy} lets the reader
	 * see
	 * @param notes likewise
	 */
	public record Case(Sip sip, CitizenStanding standing, List<PlanVersion> versions, List<IndividualComment> comments,
			List<OwnPreparation> notes) {

		public Optional<PlanVersion> current() {
			return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
		}

	}

	/**
	 * @throws NotFoundException when the citizen may not see this SIP: the same 404 as
	 * none
	 */
	@Transactional
	public Case read(UUID sipId) {
		return read(sipId, CitizenRight.VIEW);
	}

	/**
	 * For a page that needs more than reading (the preparation form): refused like a
	 * missing SIP.
	 */
	@Transactional
	public Case read(UUID sipId, CitizenRight right) {
		Sip sip = store.load(sipId);
		CitizenStanding standing = access.requireCitizen(store.subjectOf(sip.individualId()), SipStore.record(sipId),
				right, AccessAction.READ, Purpose.SIP);
		return new Case(sip, standing, records.versions(sip.id()),
				records.comments(sip.id()).stream().filter(c -> standing.mayReadNotesBy(c.writtenBy())).toList(),
				sip.ownPreparations().stream().filter(n -> standing.mayReadNotesBy(n.writtenBy())).toList());
	}

	/** The person's own preparation; the staff see it in their preparation view. */
	@Transactional
	public Sip prepare(UUID sipId, long seenVersion, OwnPreparation.Draft draft) {
		return change(sipId, seenVersion, CitizenRight.TAKE_PART, SipStep.Kind.OWN_PREPARATION,
				(sip, standing) -> sip.prepareOwn(draft.by(standing.standing(), store.now())));
	}

	/**
	 * A comment on the draft plan (goal null) or on one goal. It is kept beside the plan
	 * and never changes it; the staff see it with the plan.
	 */
	@Transactional
	public IndividualComment comment(UUID sipId, @Nullable String goal, String text) {
		Sip sip = store.load(sipId);
		CitizenStanding standing = access.requireCitizen(store.subjectOf(sip.individualId()), SipStore.record(sipId),
				CitizenRight.TAKE_PART, AccessAction.UPDATE, Purpose.SIP);
		int version = sip.acceptComment(goal, text);
		var comment = new IndividualComment(UUID.randomUUID(), sipId, version, goal, text.strip(), standing.standing(),
				store.now());
		records.store(comment);
		records.stepByCitizen(sipId, SipStep.Kind.COMMENTED, standing.standing(), store.now());
		return comment;
	}

	/** The person withdraws consent: the SIP closes and every unit involved is told. */
	@Transactional
	public Sip withdrawConsent(UUID sipId, long seenVersion) {
		return change(sipId, seenVersion, CitizenRight.WITHDRAW_CONSENT, SipStep.Kind.CONSENT_WITHDRAWN,
				(sip, standing) -> sip.withdrawConsentOnOwnPages(store.now()));
	}

	private interface Step {

		void apply(Sip sip, CitizenStanding standing);

	}

	private Sip change(UUID sipId, long seenVersion, CitizenRight right, SipStep.Kind kind, Step step) {
		Sip sip = store.load(sipId);
		CitizenStanding standing = access.requireCitizen(store.subjectOf(sip.individualId()), SipStore.record(sipId),
				right, AccessAction.UPDATE, Purpose.SIP);
		Sip saved = store.saveSeen(sip, seenVersion, () -> step.apply(sip, standing));
		records.stepByCitizen(sipId, kind, standing.standing(), store.now());
		return saved;
	}

}
