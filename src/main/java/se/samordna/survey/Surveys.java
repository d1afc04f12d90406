package se.samordna.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.CurrentUser;
import se.samordna.access.CurrentUsers;
import se.samordna.directory.Directory;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingStatus;
import se.samordna.meetings.Meetings;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.survey.internal.SurveyStore;

/**
 * The survey after a meeting: who may answer what, answering, and the raw counts. Every
 * way in ends the same: one anonymous {@link SurveyResponse}, saved in the same
 * transaction that deletes the offer or code it came through, so one offer or code gives
 * at most one answer.
 */
@Service
public class Surveys {

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SurveyStore store;

	private final Questionnaires questionnaires;

	private final CurrentUsers users;

	private final Meetings meetings;

	private final Directory directory;

	private final Clock clock;

	private final Duration open;

	private final SecureRandom random = new SecureRandom();

	Surveys(SurveyStore store, Questionnaires questionnaires, CurrentUsers users, Meetings meetings,
			Directory directory, Clock clock, @Value("${samordna.survey.open-for:P30D}") Duration open) {
		this.store = store;
		this.questionnaires = questionnaires;
		this.users = users;
		this.meetings = meetings;
		this.directory = directory;
		this.clock = clock;
		this.open = open;
	}

	/** How long an offer or a code stays open after the meeting. */
	public Duration openFor() {
		return open;
	}

	// --- staff: offers to the user's unit
	// --------------------------------------------------------

	public List<SurveyOffer> offersToMyUnit() {
		return store.offersToUnit(users.current().unitId(), clock.instant()).stream().map(Surveys::shown).toList();
	}

	/** An open offer and the questionnaire it asks. */
	public record Offered(SurveyOffer offer, Questionnaire questionnaire) {
	}

	/**
	 * @throws NotFoundException unless the offer is open and to the user's unit
	 */
	public Offered offeredToMyUnit(UUID offerId) {
		SurveyStore.Offer offer = toMyUnit(offerId);
		return new Offered(shown(offer), questionnaire(offer));
	}

	@Transactional
	public void answerToMyUnit(UUID offerId, Map<Questionnaire.Background, String> background,
			Map<String, String> answers) {
		answer(toMyUnit(offerId), background, answers);
	}

	@Transactional
	public void declineToMyUnit(UUID offerId) {
		store.useOffer(toMyUnit(offerId).id());
	}

	private SurveyStore.Offer toMyUnit(UUID offerId) {
		UUID unit = users.current().unitId();
		return store.offer(offerId, clock.instant())
			.filter(offer -> unit.equals(offer.answeringUnit()))
			.orElseThrow(() -> new NotFoundException("survey offer " + offerId));
	}

	// --- the individual and their representative, on their own pages
	// ----------------------------

	/**
	 * @param roles for each of the person's SIPs the role they answer in: the individual,
	 * or their guardian or representative (the portal knows which)
	 */
	public List<SurveyOffer> offersThrough(Map<UUID, SurveyRole> roles) {
		return store.offersThrough(roles.keySet(), clock.instant())
			.stream()
			.filter(offer -> offer.context().role() == roles.get(offer.sipId()))
			.map(Surveys::shown)
			.toList();
	}

	public Questionnaire offeredThrough(UUID offerId, Map<UUID, SurveyRole> roles) {
		return questionnaire(through(offerId, roles));
	}

	@Transactional
	public void answerThrough(UUID offerId, Map<UUID, SurveyRole> roles,
			Map<Questionnaire.Background, String> background, Map<String, String> answers) {
		answer(through(offerId, roles), background, answers);
	}

	@Transactional
	public void declineThrough(UUID offerId, Map<UUID, SurveyRole> roles) {
		store.useOffer(through(offerId, roles).id());
	}

	private SurveyStore.Offer through(UUID offerId, Map<UUID, SurveyRole> roles) {
		return store.offer(offerId, clock.instant())
			.filter(offer -> offer.sipId() != null && offer.context().role() == roles.get(offer.sipId()))
			.orElseThrow(() -> new NotFoundException("survey offer " + offerId));
	}

	private void answer(SurveyStore.Offer offer, Map<Questionnaire.Background, String> background,
			Map<String, String> answers) {
		if (!store.useOffer(offer.id())) {
			throw new NotFoundException("survey offer " + offer.id() + " already used");
		}
		save(offer.context(), background, answers);
	}

	private Questionnaire questionnaire(SurveyStore.Offer offer) {
		return questionnaires.of(offer.context().role(), offer.context().meetingType());
	}

	private static SurveyOffer shown(SurveyStore.Offer offer) {
		SurveyStore.Context c = offer.context();
		return new SurveyOffer(offer.id(), c.role(), c.meetingType(), c.unitId(), c.heldOn(), c.expiresAt());
	}

	private void save(SurveyStore.Context context, Map<Questionnaire.Background, String> background,
			Map<String, String> answers) {
		store.save(SurveyResponse.answering(questionnaires.of(context.role(), context.meetingType()),
				context.organisationId(), context.unitId(), context.month(), background, answers), "WEB", null);
	}

	// --- one-time codes for those without a login
	// ----------------------------------------------

	/**
	 * A new code for one answer about a held meeting, by its caller: shown once, kept
	 * only as a hash.
	 * @throws NotFoundException unless the user may read the meeting
	 */
	@Transactional
	public SurveyCode newCode(UUID sipId, UUID meetingId) {
		Meeting meeting = meetings.meeting(sipId, meetingId);
		CurrentUser user = users.current();
		if (!meeting.callerUnitId().equals(user.unitId())) {
			throw new UserFacingException("survey.code.callerOnly", "only the caller hands out codes");
		}
		if (meeting.status() != MeetingStatus.HELD) {
			throw new UserFacingException("survey.code.notHeld", "meeting " + meetingId + " is not held");
		}
		String code = newCodeText();
		Instant expires = clock.instant().plus(open);
		store.code(hash(code),
				new SurveyStore.Context(SurveyRole.COMPANION, MeetingType.of(meeting.kind()),
						organisationOf(meeting.callerUnitId()), meeting.callerUnitId(),
						meeting.time().startsAt().toLocalDate(), expires));
		return new SurveyCode(code, MeetingType.of(meeting.kind()), expires);
	}

	/** The meeting type a code is for, while it is unused and open. */
	public Optional<MeetingType> codeFor(String code) {
		return store.code(hash(code), SurveyRole.COMPANION, clock.instant()).map(SurveyStore.Context::meetingType);
	}

	public Questionnaire questionnaireForCode(String code, SurveyRole role) {
		return codeFor(code).map(type -> questionnaires.of(role, type))
			.orElseThrow(() -> new NotFoundException("survey code used or unknown"));
	}

	/**
	 * @throws NotFoundException when the code is unknown, expired or already used
	 */
	@Transactional
	public void answerWithCode(String code, SurveyRole role, Map<Questionnaire.Background, String> background,
			Map<String, String> answers) {
		String hash = hash(code);
		SurveyStore.Context context = store.code(hash, role, clock.instant())
			.orElseThrow(() -> new NotFoundException("survey code used or unknown"));
		if (!store.useCode(hash)) {
			throw new NotFoundException("survey code used");
		}
		save(context, background, answers);
	}

	private String newCodeText() {
		var code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	/** Codes are typed by hand: case, spaces and the dash do not matter. */
	static String hash(String code) {
		String normal = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private UUID organisationOf(UUID unitId) {
		return directory.unit(unitId).orElseThrow().organisationId();
	}

	// --- results
	// ------------------------------------------------------------------------------

	/**
	 * Per role and statement, the counts per meeting type and merged across them, for the
	 * months and the principal or unit (both null: the whole county). Every statement of
	 * the instrument has its rows, also with no answers.
	 */
	@Transactional(readOnly = true)
	public List<SurveyCount> counts(YearMonth from, YearMonth to, @Nullable UUID organisationId,
			@Nullable UUID unitId) {
		List<SurveyStore.Tally> tallies = store.tally(from, to, organisationId, unitId);
		var counts = new ArrayList<SurveyCount>();
		for (SurveyRole role : SurveyRole.values()) {
			var statements = new LinkedHashSet<Questionnaire.Statement>();
			for (MeetingType type : MeetingType.values()) {
				statements.addAll(questionnaires.of(role, type).statements());
			}
			for (Questionnaire.Statement statement : statements) {
				for (MeetingType type : MeetingType.values()) {
					if (questionnaires.of(role, type).statement(statement.key()).isPresent()) {
						counts.add(count(tallies, role, statement, type));
					}
				}
				counts.add(count(tallies, role, statement, null));
			}
		}
		return counts;
	}

	private static SurveyCount count(List<SurveyStore.Tally> tallies, SurveyRole role,
			Questionnaire.Statement statement, @Nullable MeetingType type) {
		int[] columns = new int[4];
		tallies.stream()
			.filter(t -> t.role() == role && t.statement().equals(statement.key())
					&& (type == null || t.meetingType() == type))
			.forEach(t -> {
				int position = statement.scale().position(t.answer());
				if (position >= 0) {
					columns[position] += t.count();
				}
			});
		return new SurveyCount(role, statement.key(), type, statement.scale(),
				List.of(columns[0], columns[1], columns[2], columns[3]));
	}

	/** How many answered each month (not how many answers they gave). */
	public Map<YearMonth, Integer> responsesByMonth(YearMonth from, YearMonth to, @Nullable UUID organisationId,
			@Nullable UUID unitId) {
		return store.responsesByMonth(from, to, organisationId, unitId);
	}

	/** The questionnaires, for the forms and for checking files. */
	public Questionnaires questionnaires() {
		return questionnaires;
	}

}
