package org.crm.enlace.entry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.entry.LineProblem.Kind;
import org.crm.enlace.entry.model.Requirement;

/**
 * Reads an entry-matrix CSV file in the passport-index data set's tidy form: a header
 * {@code Passport,Destination,Requirement}, then one line per nationality and destination (ISO 3166-1 alpha-3 codes,
 * XKX for Kosovo) with the requirement: a number of visa-free days (1 to 365), {@code visa free},
 * {@code visa on arrival}, {@code eta}, {@code e-visa}, {@code visa required}, {@code no admission}, or {@code -1}
 * for a country's own nationals. Fields may be quoted; requirement words are read without regard to case.
 * <p>
 * Every line is checked, and every problem reported with its line number: one bad line never hides the next.
 */
public final class MatrixCsv {

	static final List<String> HEADER = List.of("passport", "destination", "requirement");
	private static final Pattern DAYS = Pattern.compile("[0-9]{1,3}");
	private static final int MAX_DAYS = 365;
	private static final String OWN_COUNTRY = "-1";
	private static final Map<String, Requirement> WORDS = Map.of(
			"visa required", Requirement.VISA_REQUIRED,
			"e-visa", Requirement.EVISA,
			"eta", Requirement.ETA,
			"visa on arrival", Requirement.VISA_ON_ARRIVAL,
			"visa free", Requirement.VISA_FREE,
			"no admission", Requirement.NO_ADMISSION);
	/* Progress is reported every this many lines, where cancelling is also looked at. */
	private static final int STEP = 1_000;

	private MatrixCsv() {
	}

	/**
	 * Reads and checks every line.
	 *
	 * @param progress lines checked out of the lines read; cancelling stops the reading
	 * @return empty when cancelled
	 */
	public static Optional<ParsedMatrix> parse(Reader csv, Progress progress) throws IOException {
		List<String> lines;
		try (BufferedReader reader = new BufferedReader(csv)) {
			lines = reader.lines().toList();
		}
		List<SourceRow> rows = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int total = Math.max(lines.size() - 1, 0);
		checkHeader(lines.isEmpty() ? "" : lines.get(0), problems);
		for (int index = 1; index < lines.size(); index++) {
			if (index % STEP == 0) {
				progress.worked(index, total);
				if (progress.isCancelled()) {
					return Optional.empty();
				}
			}
			read(index + 1, lines.get(index), seen, problems).ifPresent(rows::add);
		}
		progress.worked(total, total);
		return Optional.of(new ParsedMatrix(total, rows, problems));
	}

	private static void checkHeader(String line, List<LineProblem> problems) {
		List<String> names = fields(line).stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
		if (!names.equals(HEADER)) {
			problems.add(new LineProblem(1, Kind.HEADER, line.strip()));
		}
	}

	private static Optional<SourceRow> read(int number, String line, Map<String, Integer> seen,
			List<LineProblem> problems) {
		List<String> fields = fields(line);
		if (fields.size() != 3) {
			problems.add(new LineProblem(number, Kind.COLUMN_COUNT, String.valueOf(fields.size())));
			return Optional.empty();
		}
		String nationality = fields.get(0);
		String destination = fields.get(1);
		String value = fields.get(2);
		int before = problems.size();
		if (!IsoCountries.isKnown(nationality)) {
			problems.add(new LineProblem(number, Kind.UNKNOWN_NATIONALITY, nationality));
		}
		if (!IsoCountries.isKnown(destination)) {
			problems.add(new LineProblem(number, Kind.UNKNOWN_DESTINATION, destination));
		}
		String word = value.toLowerCase(Locale.ROOT);
		boolean own = nationality.equals(destination);
		Requirement requirement = WORDS.get(word);
		Integer days = null;
		if (word.equals(OWN_COUNTRY)) {
			requirement = Requirement.OWN_COUNTRY;
		} else if (DAYS.matcher(word).matches() && inRange(Integer.parseInt(word))) {
			requirement = Requirement.VISA_FREE;
			days = Integer.valueOf(word);
		}
		if (requirement == null) {
			problems.add(new LineProblem(number, Kind.UNKNOWN_REQUIREMENT, value));
		} else if (own != (requirement == Requirement.OWN_COUNTRY)) {
			problems.add(new LineProblem(number, Kind.OWN_COUNTRY_MISMATCH, value));
		}
		Integer first = seen.putIfAbsent(nationality + ',' + destination, number);
		if (first != null) {
			problems.add(new LineProblem(number, Kind.DUPLICATE, first.toString()));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new SourceRow(number, nationality, destination, value, requirement, days));
	}

	private static boolean inRange(int days) {
		return days >= 1 && days <= MAX_DAYS;
	}

	/* Comma-separated, each field stripped of blanks and of the double quotes around it. */
	private static List<String> fields(String line) {
		String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
		if (text.isBlank()) {
			return List.of();
		}
		List<String> fields = new ArrayList<>();
		for (String field : text.split(",", -1)) {
			String stripped = field.strip();
			if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
				stripped = stripped.substring(1, stripped.length() - 1).strip();
			}
			fields.add(stripped);
		}
		return fields;
	}
}
