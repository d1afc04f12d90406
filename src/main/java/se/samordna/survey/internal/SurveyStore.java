package se.samordna.survey.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samordna.survey.MeetingType;
import se.samordna.survey.Questionnaire;
import se.samordna.survey.SurveyResponse;
import se.samordna.survey.SurveyRole;

/** The survey's tables: open offers and codes, and the anonymous answers. */
@Repository
public class SurveyStore {

	/**
	 * Where an offer or a code came from: enough to file the answer, nothing about who
	 * answers.
	 */
	public record Context(SurveyRole role, MeetingType meetingType, UUID organisationId, UUID unitId, LocalDate heldOn,
			Instant expiresAt) {

		public YearMonth month() {
			return YearMonth.from(heldOn);
		}

	}

	public record Offer(UUID id, Context context, @Nullable UUID answeringUnit, @Nullable UUID sipId) {
	}

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void offer(Offer offer) {
		Context c = offer.context();
		jdbc.sql("""
				insert into survey_offer (id, role, meeting_type, organisation_id, unit_id, held_on, answering_unit,
				                          sip_id, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(offer.id(), c.role().name(), c.meetingType().name(), c.organisationId(), c.unitId(),
					Date.valueOf(c.heldOn()), offer.answeringUnit(), offer.sipId(), Timestamp.from(c.expiresAt()))
			.update();
	}

	private static final String OFFER = """
			select id, role, meeting_type, organisation_id, unit_id, held_on, expires_at, answering_unit, sip_id
			from survey_offer""";

	private static Offer offer(ResultSet rs, int row) throws SQLException {
		return new Offer(rs.getObject("id", UUID.class),
				new Context(SurveyRole.valueOf(rs.getString("role")), MeetingType.valueOf(rs.getString("meeting_type")),
						rs.getObject("organisation_id", UUID.class), rs.getObject("unit_id", UUID.class),
						rs.getDate("held_on").toLocalDate(), rs.getTimestamp("expires_at").toInstant()),
				rs.getObject("answering_unit", UUID.class), rs.getObject("sip_id", UUID.class));
	}

	public List<Offer> offersToUnit(UUID unitId, Instant now) {
		return jdbc.sql(OFFER + " where answering_unit = ? and expires_at > ? order by held_on desc, id")
			.params(unitId, Timestamp.from(now))
			.query(SurveyStore::offer)
			.list();
	}

	/** Open offers to the individual or representative of these SIPs. */
	public List<Offer> offersThrough(Collection<UUID> sipIds, Instant now) {
		if (sipIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(OFFER + " where sip_id in (:sips) and expires_at > :now order by held_on desc, id")
			.param("sips", sipIds)
			.param("now", Timestamp.from(now))
			.query(SurveyStore::offer)
			.list();
	}

	public Optional<Offer> offer(UUID id, Instant now) {
		return jdbc.sql(OFFER + " where id = ? and expires_at > ?")
			.params(id, Timestamp.from(now))
			.query(SurveyStore::offer)
			.optional();
	}

	/**
	 * @return whether the offer was still there: only one answer per offer
	 */
	public boolean useOffer(UUID id) {
		return jdbc.sql("delete from survey_offer where id = ?").param(id).update() == 1;
	}

	public void code(String hash, Context context) {
		jdbc.sql("""
				insert into survey_code (code_hash, meeting_type, organisation_id, unit_id, held_on, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(hash, context.meetingType().name(), context.organisationId(), context.unitId(),
					Date.valueOf(context.heldOn()), Timestamp.from(context.expiresAt()))
			.update();
	}

	/** The code's meeting, as a context for the role the person chose. */
	public Optional<Context> code(String hash, SurveyRole role, Instant now) {
		return jdbc.sql("""
				select meeting_type, organisation_id, unit_id, held_on, expires_at from survey_code
				where code_hash = ? and expires_at > ?""")
			.params(hash, Timestamp.from(now))
			.query((rs, row) -> new Context(role, MeetingType.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getDate(4).toLocalDate(), rs.getTimestamp(5).toInstant()))
			.optional();
	}

	/**
	 * @return whether the code was still unused
	 */
	public boolean useCode(String hash) {
		return jdbc.sql("delete from survey_code where code_hash = ?").param(hash).update() == 1;
	}

	public void save(SurveyResponse response, String source, @Nullable String importedId) {
		UUID id = UUID.randomUUID();
		Map<Questionnaire.Background, String> background = response.background();
		jdbc.sql("""
				insert into survey_response (id, questionnaire_version, role, meeting_type, organisation_id, unit_id,
				    month, age_band, gender, home_municipality, employer, source, imported_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, response.questionnaireVersion(), response.role().name(), response.meetingType().name(),
					response.organisationId(), response.unitId(), Date.valueOf(response.month().atDay(1)),
					background.get(Questionnaire.Background.AGE_BAND), background.get(Questionnaire.Background.GENDER),
					background.get(Questionnaire.Background.HOME_MUNICIPALITY),
					background.get(Questionnaire.Background.EMPLOYER), source, importedId)
			.update();
		response.answers()
			.forEach((statement, answer) -> jdbc
				.sql("insert into survey_answer (response_id, statement, answer) values (?, ?, ?)")
				.params(id, statement, answer)
				.update());
	}

	/** Which of these file ids a principal has imported before. */
	public Set<String> alreadyImported(UUID organisationId, Collection<String> importedIds) {
		if (importedIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc
			.sql("""
					select imported_id from survey_response where organisation_id = :organisation and imported_id in (:ids)""")
			.param("organisation", organisationId)
			.param("ids", importedIds)
			.query(String.class)
			.list());
	}

	/** One count of answers: role, meeting type, statement, answer, how many. */
	public record Tally(SurveyRole role, MeetingType meetingType, String statement, String answer, int count) {
	}

	/**
	 * Answers per role, meeting type, statement and answer for the months and the
	 * principal or unit (both null: the whole county).
	 */
	public List<Tally> tally(YearMonth from, YearMonth to, @Nullable UUID organisationId, @Nullable UUID unitId) {
		return jdbc.sql("""
				select r.role, r.meeting_type, a.statement, a.answer, count(*)
				from survey_response r join survey_answer a on a.response_id = r.id
				where r.month between :from and :to
				  and (cast(:organisation as uuid) is null or r.organisation_id = :organisation)
				  and (cast(:unit as uuid) is null or r.unit_id = :unit)
				group by r.role, r.meeting_type, a.statement, a.answer""")
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.param("organisation", organisationId)
			.param("unit", unitId)
			.query((rs, row) -> new Tally(SurveyRole.valueOf(rs.getString(1)), MeetingType.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
	}

	/** How many answered (not how many answers) per month, for the trend. */
	public Map<YearMonth, Integer> responsesByMonth(YearMonth from, YearMonth to, @Nullable UUID organisationId,
			@Nullable UUID unitId) {
		var months = new TreeMap<YearMonth, Integer>();
		jdbc.sql("""
				select month, count(*) from survey_response
				where month between :from and :to
				  and (cast(:organisation as uuid) is null or organisation_id = :organisation)
				  and (cast(:unit as uuid) is null or unit_id = :unit)
				group by month""")
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.param("organisation", organisationId)
			.param("unit", unitId)
			.query(rs -> {
				months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2));
			});
		return months;
	}

	public int deleteExpired(Instant now) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("delete from survey_offer where expires_at <= ?").param(at).update()
				+ jdbc.sql("delete from survey_code where expires_at <= ?").param(at).update();
	}

}
