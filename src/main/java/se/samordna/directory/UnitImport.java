package se.samordna.directory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.platform.PhoneNumber;

/**
 * Imports units from a CSV file (for example an extract from the HSA catalogue). The
 * whole file is checked first; if any line is wrong nothing is saved and every wrong line
 * is named.
 *
 * <p>
 * Columns, in a header row, separated by comma or semicolon, UTF-8: {@value #COLUMNS}.
 * {@code enhetstyp} is a {@link UnitKind} code; {@code hsa_id}, {@code telefon} and
 * {@code epost} may be empty. A row whose HSA-id already exists updates that unit; every
 * other row creates a new one.
 */
@Service
public class UnitImport {

	public static final String COLUMNS = "organisationsnummer, enhetsnamn, enhetstyp, hsa_id, telefon, epost";

	static final List<String> HEADER = List.of("organisationsnummer", "enhetsnamn", "enhetstyp", "hsa_id", "telefon",
			"epost");

	private final Directory directory;

	UnitImport(Directory directory) {
		this.directory = directory;
	}

	/**
	 * One wrong line: its number in the file (the header is line 1) and what is wrong.
	 */
	public record LineError(long line, String messageKey, String value) {
	}

	/** How the import went when it went through. */
	public record Result(int created, int updated) {
	}

	/** Thrown when the file or any line is wrong; nothing was saved. */
	public static class Rejected extends RuntimeException {

		private final List<LineError> errors;

		Rejected(List<LineError> errors) {
			super("unit import rejected: " + errors.size() + " line(s)");
			this.errors = List.copyOf(errors);
		}

		public List<LineError> errors() {
			return errors;
		}

	}

	/**
	 * @throws Rejected when the header or any row is wrong; then nothing is saved
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Result importUnits(String csv) {
		List<Row> rows = parse(csv);
		int created = 0;
		int updated = 0;
		for (Row row : rows) {
			Optional<Unit> existing = row.details.hsaId() == null ? Optional.empty()
					: directory.unitByHsaId(row.details.hsaId());
			if (existing.isPresent()) {
				existing.get().importFrom(row.details);
				directory.saveUnit(existing.get());
				updated++;
			}
			else {
				directory.saveUnit(Unit.create(row.details));
				created++;
			}
		}
		return new Result(created, updated);
	}

	private record Row(long line, UnitDetails details) {
	}

	private List<Row> parse(String csv) {
		String firstLine = csv.lines().findFirst().orElse("");
		char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<LineError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Map<String, Organisation> byNumber = new HashMap<>();
			directory.organisations().forEach(o -> {
				if (o.organisationsnummer() != null) {
					byNumber.put(o.organisationsnummer().digits(), o);
				}
			});
			Set<String> hsaIdsInFile = new HashSet<>();
			boolean header = true;
			for (CSVRecord record : parser) {
				long line = lineOf(text, record.getCharacterPosition());
				if (header) {
					header = false;
					List<String> columns = record.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
					if (!columns.equals(HEADER)) {
						throw new Rejected(
								List.of(new LineError(line, "directory.import.header", String.join(",", columns))));
					}
					continue;
				}
				if (record.size() != HEADER.size()) {
					errors.add(new LineError(line, "directory.import.columns", String.valueOf(record.size())));
					continue;
				}
				int before = errors.size();
				String number = record.get(0);
				@Nullable Organisation organisation = Organisationsnummer.isValid(number)
						? byNumber.get(Organisationsnummer.of(number).digits()) : null;
				if (organisation == null) {
					errors.add(new LineError(line, "directory.import.organisation", number));
				}
				String name = record.get(1);
				if (name.isBlank() || name.length() > 200) {
					errors.add(new LineError(line, "directory.import.name", name));
				}
				UnitKind kind = kind(record.get(2));
				if (kind == null) {
					errors.add(new LineError(line, "directory.import.kind", record.get(2)));
				}
				String hsaId = record.get(3).isBlank() ? null : record.get(3);
				if (!UnitDetails.isValidHsaId(hsaId)) {
					errors.add(new LineError(line, "directory.import.hsaId", record.get(3)));
				}
				else if (hsaId != null && !hsaIdsInFile.add(hsaId)) {
					errors.add(new LineError(line, "directory.import.hsaIdTwice", hsaId));
				}
				String phone = record.get(4);
				if (!phone.isBlank() && !PhoneNumber.isValid(phone)) {
					errors.add(new LineError(line, "directory.import.phone", phone));
				}
				String email = record.get(5);
				if (!email.isBlank() && !FormatChecks.isEmailAddress(email)) {
					errors.add(new LineError(line, "directory.import.email", email));
				}
				if (errors.size() == before && organisation != null && kind != null) {
					rows.add(new Row(line, new UnitDetails(organisation.id(), name, kind, hsaId, phone, email)));
				}
			}
			if (header) {
				errors.add(new LineError(1, "directory.import.empty", ""));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new Rejected(List.of(new LineError(0, "directory.import.unreadable", "")));
		}
		if (!errors.isEmpty()) {
			throw new Rejected(errors);
		}
		return rows;
	}

	/** Line numbers as an editor shows them, even with empty lines skipped. */
	private static long lineOf(String text, long characterPosition) {
		int start = (int) characterPosition;
		// the parser reports a record that follows skipped empty lines at the first of
		// them
		while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
			start++;
		}
		return 1 + text.substring(0, start).chars().filter(c -> c == '\n').count();
	}

	private static @Nullable UnitKind kind(String code) {
		try {
			return UnitKind.valueOf(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
