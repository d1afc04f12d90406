package se.samordna.survey;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.CurrentUsers;
import se.samordna.directory.Directory;
import se.samordna.directory.Role;
import se.samordna.platform.NotFoundException;
import se.samordna.survey.internal.SurveyStore;

/**
 * Answers from paper forms or another tool, one row per answer to a statement:
 * {@code response_id, role, meeting_type, employer, month, statement, answer}. All or
 * nothing: one wrong line and nothing is saved, and every wrong line is named.
 */
@Service
public class SurveyImport {

	static final List<String> COLUMNS = List.of("response_id", "role", "meeting_type", "employer", "month", "statement",
			"answer");

	static final String HEADER = String.join(",", COLUMNS) + "\n";

	private final SurveyStore store;

	private final Questionnaires questionnaires;

	private final CurrentUsers users;

	private final Directory directory;

	SurveyImport(SurveyStore store, Questionnaires questionnaires, CurrentUsers users, Directory directory) {
		this.store = store;
		this.questionnaires = questionnaires;
		this.users = users;
		this.directory = directory;
	}

	/** One response as the file has it, with the line it started on. */
	private record Pending(int line, String id, SurveyRole role, MeetingType type, String employer, YearMonth month,
			Map<String, String> answers) {
	}

	/**
	 * Files the answers for a principal, and a unit of it when given.
	 * @return how many responses (not rows) were imported
	 * @throws ImportRefused with every wrong line; nothing is saved
	 */
	@Transactional
	public int importAnswers(Reader file, UUID organisationId, @Nullable UUID unitId) {
		var user = users.current();
		if (!user.hasRole(Role.STATISTICS) && !user.hasRole(Role.ADMIN)) {
			throw new NotFoundException("survey import by " + user.staffId());
		}
		return importFile(file, organisationId, unitId);
	}

	/** The import itself, for a checked user or the demo data. */
	int importFile(Reader file, UUID organisationId, @Nullable UUID unitId) {
		directory.organisation(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation " + organisationId));
		if (unitId != null
				&& !directory.unit(unitId).map(u -> u.organisationId().equals(organisationId)).orElse(false)) {
			throw new NotFoundException("unit " + unitId + " of " + organisationId);
		}
		var problems = new ArrayList<ImportRefused.Problem>();
		var responses = new LinkedHashMap<String, Pending>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(file)) {
			if (!parser.getHeaderNames().equals(COLUMNS)) {
				throw new ImportRefused(List.of(new ImportRefused.Problem(1, "survey.import.header",
						String.join(",", parser.getHeaderNames()))));
			}
			for (CSVRecord row : parser) {
				read(row, responses, problems);
			}
		}
		catch (IOException | UncheckedIOException e) {
			throw new ImportRefused(List.of(new ImportRefused.Problem(1, "survey.import.unreadable", "")));
		}
		catch (IllegalArgumentException e) {
			// commons-csv: a header repeated or missing, or a broken quote
			throw new ImportRefused(List.of(new ImportRefused.Problem(1, "survey.import.header", "")));
		}
		Set<String> seen = store.alreadyImported(organisationId, responses.keySet());
		responses.values()
			.stream()
			.filter(pending -> seen.contains(pending.id()))
			.forEach(pending -> problems
				.add(new ImportRefused.Problem(pending.line(), "survey.import.already", pending.id())));
		if (responses.isEmpty() && problems.isEmpty()) {
			problems.add(new ImportRefused.Problem(2, "survey.import.empty", ""));
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportRefused.Problem::line));
			throw new ImportRefused(problems);
		}
		for (Pending pending : responses.values()) {
			Questionnaire questionnaire = questionnaires.of(pending.role(), pending.type());
			Map<Questionnaire.Background, String> background = new EnumMap<>(Questionnaire.Background.class);
			if (!pending.employer().isEmpty()) {
				background.put(Questionnaire.Background.EMPLOYER, pending.employer());
			}
			store.save(SurveyResponse.answering(questionnaire, organisationId, unitId, pending.month(), background,
					pending.answers()), "IMPORT", pending.id());
		}
		return responses.size();
	}

	private void read(CSVRecord row, Map<String, Pending> responses, List<ImportRefused.Problem> problems) {
		int line = (int) row.getRecordNumber() + 1;
		if (row.size() != COLUMNS.size()) {
			problems.add(new ImportRefused.Problem(line, "survey.import.columns", String.valueOf(row.size())));
			return;
		}
		String id = row.get("response_id");
		var role = SurveyRole.ofCode(row.get("role"));
		var type = MeetingType.ofCode(row.get("meeting_type"));
		String employer = row.get("employer");
		YearMonth month = month(row.get("month"));
		String statementKey = row.get("statement");
		String answer = row.get("answer");
		int before = problems.size();
		if (id.isEmpty()) {
			problems.add(new ImportRefused.Problem(line, "survey.import.id", id));
		}
		if (role.isEmpty()) {
			problems.add(new ImportRefused.Problem(line, "survey.import.role", row.get("role")));
		}
		if (type.isEmpty()) {
			problems.add(new ImportRefused.Problem(line, "survey.import.meetingType", row.get("meeting_type")));
		}
		if (month == null) {
			problems.add(new ImportRefused.Problem(line, "survey.import.month", row.get("month")));
		}
		if (role.isPresent() && !employer.isEmpty() && (role.get() != SurveyRole.PROFESSIONAL
				|| !Questionnaire.Background.EMPLOYER.options().contains(employer))) {
			problems.add(new ImportRefused.Problem(line, "survey.import.employer", employer));
		}
		if (problems.size() > before) {
			return;
		}
		var statement = questionnaires.of(role.get(), type.get()).statement(statementKey);
		if (statement.isEmpty()) {
			problems.add(new ImportRefused.Problem(line, "survey.import.statement", statementKey));
			return;
		}
		if (statement.get().scale().position(answer) < 0) {
			problems.add(new ImportRefused.Problem(line, "survey.import.answer", answer));
			return;
		}
		Pending pending = responses.computeIfAbsent(id,
				key -> new Pending(line, key, role.get(), type.get(), employer, month, new LinkedHashMap<>()));
		if (pending.role() != role.get() || pending.type() != type.get() || !pending.employer().equals(employer)
				|| !pending.month().equals(month)) {
			problems.add(new ImportRefused.Problem(line, "survey.import.inconsistent", id));
		}
		else if (pending.answers().putIfAbsent(statementKey, answer) != null) {
			problems.add(new ImportRefused.Problem(line, "survey.import.twice", statementKey));
		}
	}

	private static @Nullable YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
