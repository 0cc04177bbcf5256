package org.crm.enlace.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.RowProblem.Kind;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.sheet.SheetRow;

/**
 * Imports the list of participants of one session that a country sends as a spreadsheet (read by
 * {@link org.crm.enlace.training.sheet.SheetFiles}): one new {@link Participant} per row, enrolled in the session.
 * Every row is checked first and every problem reported; a list with any bad row stores nothing, a good one is
 * stored in one {@link RecordRepository#saveAll} (one transaction). Column names and rules: {@code docs/training.md}.
 */
public final class ParticipantImport {

	/** The header's columns, in any order; the first four must be there. */
	public enum Column {
		FULL_NAME(true), SEX(true), COUNTRY(true), INSTITUTION(true), POSITION(false), ATTENDED(false),
		PRE_SCORE(false), POST_SCORE(false), COMPLETED_ON(false);

		private final boolean required;

		Column(boolean required) {
			this.required = required;
		}

		/** The name in the header: {@code full_name}, {@code completed_on}... */
		public String header() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean required() {
			return required;
		}
	}

	private static final Set<String> YES = Set.of("yes", "y", "si", "sí", "s", "oui", "true", "1", "x");
	private static final Set<String> NO = Set.of("no", "n", "non", "false", "0");

	private ParticipantImport() {
	}

	/**
	 * Checks the rows against the session and the participants the user's store holds, and stores them when every
	 * row is good.
	 *
	 * @param owner the user's organization, which will own the participants
	 */
	public static ImportReport run(RecordRepository repository, String owner, TrainingSession session,
			List<SheetRow> rows) {
		List<Participant> existing = repository.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class);
		Checked checked = check(rows, owner, session, existing);
		if (!checked.problems().isEmpty()) {
			return new ImportReport(ImportReport.Outcome.REFUSED, checked.rowsRead(), checked.problems(), List.of());
		}
		List<Record> stored = repository.saveAll(checked.participants());
		return new ImportReport(ImportReport.Outcome.IMPORTED, checked.rowsRead(), List.of(),
				stored.stream().map(Record::getId).toList());
	}

	/**
	 * The rows checked, without storing anything.
	 *
	 * @param rowsRead     the rows after the header, empty ones at the end left out
	 * @param problems     every problem, in row order
	 * @param participants one new participant per row when there is no problem; none otherwise
	 */
	public record Checked(int rowsRead, List<RowProblem> problems, List<Participant> participants) {
	}

	public static Checked check(List<SheetRow> rows, String owner, TrainingSession session,
			Collection<Participant> existing) {
		Objects.requireNonNull(session.getId(), "the session must be stored before its participants are imported");
		List<SheetRow> data = withoutTrailingEmptyRows(rows);
		if (data.isEmpty()) {
			return new Checked(0, List.of(RowProblem.of(1, "", Kind.NO_HEADER)), List.of());
		}
		SheetRow header = data.getFirst();
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		List<RowProblem> problems = readHeader(header, columns);
		int rowsRead = data.size() - 1;
		if (!problems.isEmpty()) {
			return new Checked(rowsRead, problems, List.of());
		}
		Map<String, Integer> existingIdentities = new HashMap<>();
		existing.forEach(p -> existingIdentities.put(Participants.identity(p), 0));
		Map<String, Integer> seen = new HashMap<>();
		List<Participant> participants = new ArrayList<>();
		for (SheetRow row : data.subList(1, data.size())) {
			new RowCheck(row, columns, session, problems).participant(owner)
					.ifPresent(participant -> {
						String identity = Participants.identity(participant);
						Integer earlier = seen.putIfAbsent(identity, row.number());
						if (earlier != null) {
							problems.add(new RowProblem(row.number(), "", Kind.DUPLICATE_IN_FILE, earlier));
						} else if (existingIdentities.containsKey(identity)) {
							problems.add(RowProblem.of(row.number(), "", Kind.DUPLICATE_EXISTING));
						}
						participants.add(participant);
					});
		}
		return new Checked(rowsRead, problems, problems.isEmpty() ? participants : List.of());
	}

	private static List<RowProblem> readHeader(SheetRow header, Map<Column, Integer> columns) {
		List<RowProblem> problems = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String name = header.cell(i).toLowerCase(Locale.ROOT);
			Optional<Column> column = column(name);
			if (name.isEmpty()) {
				continue; // spreadsheet programs export empty columns; values under them are EXTRA_CELLS
			} else if (column.isEmpty()) {
				// By its letter: without a header, the first row holds a person's name.
				problems.add(RowProblem.of(header.number(), letter(i), Kind.UNKNOWN_COLUMN));
			} else if (!named.add(name)) {
				problems.add(RowProblem.of(header.number(), name, Kind.REPEATED_COLUMN));
			} else {
				columns.put(column.get(), i);
			}
		}
		for (Column column : Column.values()) {
			if (column.required() && !columns.containsKey(column)) {
				problems.add(RowProblem.of(header.number(), column.header(), Kind.MISSING_COLUMN));
			}
		}
		return problems;
	}

	/** The spreadsheet's name of a 0-based column: A, B, ..., Z, AA... */
	static String letter(int index) {
		String letters = "";
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters = (char) ('A' + (n - 1) % 26) + letters;
		}
		return letters;
	}

	private static Optional<Column> column(String header) {
		for (Column column : Column.values()) {
			if (column.header().equals(header)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	private static List<SheetRow> withoutTrailingEmptyRows(List<SheetRow> rows) {
		int end = rows.size();
		while (end > 0 && rows.get(end - 1).isEmpty()) {
			end--;
		}
		return rows.subList(0, end);
	}

	/** One data row read into a participant, its problems added to the import's. */
	private record RowCheck(SheetRow row, Map<Column, Integer> columns, TrainingSession session,
			List<RowProblem> problems) {

		Optional<Participant> participant(String owner) {
			if (row.isEmpty()) {
				problem("", Kind.EMPTY_ROW);
				return Optional.empty();
			}
			int before = problems.size();
			for (int i = 0; i < row.cells().size(); i++) {
				if (!row.cell(i).isEmpty() && !columns.containsValue(i)) {
					problem("", Kind.EXTRA_CELLS);
					break;
				}
			}
			String name = value(Column.FULL_NAME);
			if (name.isEmpty()) {
				problem(Column.FULL_NAME, Kind.MISSING_NAME);
			}
			String institution = value(Column.INSTITUTION);
			if (institution.isEmpty()) {
				problem(Column.INSTITUTION, Kind.MISSING_INSTITUTION);
			}
			Sex sex = Sex.get(value(Column.SEX).toUpperCase(Locale.ROOT));
			if (sex == null) {
				problem(Column.SEX, Kind.BAD_SEX);
			}
			String country = value(Column.COUNTRY).toUpperCase(Locale.ROOT);
			if (!IsoCountries.isKnown(country)) {
				problem(Column.COUNTRY, Kind.UNKNOWN_COUNTRY);
			}
			Boolean attended = attended();
			Integer pre = score(Column.PRE_SCORE);
			Integer post = score(Column.POST_SCORE);
			LocalDate completedOn = completedOn(attended);
			if (problems.size() > before) {
				return Optional.empty();
			}
			Participant participant = Participants.newParticipant(owner, country);
			participant.setFullName(name.replaceAll("\\s+", " "));
			participant.setSex(sex);
			participant.setInstitution(institution.replaceAll("\\s+", " "));
			String position = value(Column.POSITION);
			participant.setPosition(position.isEmpty() ? null : position);
			Enrolment enrolment = Participants.newEnrolment(session.getId());
			enrolment.setAttended(attended);
			enrolment.setPreScore(pre);
			enrolment.setPostScore(post);
			enrolment.setCompletedOn(completedOn);
			participant.getEnrolments().add(enrolment);
			return Optional.of(participant);
		}

		/** Blank means attended: a list of participants lists who came. */
		private Boolean attended() {
			String text = value(Column.ATTENDED).toLowerCase(Locale.ROOT);
			if (text.isEmpty() || YES.contains(text)) {
				return true;
			}
			if (NO.contains(text)) {
				return false;
			}
			problem(Column.ATTENDED, Kind.BAD_ATTENDED);
			return false;
		}

		private Integer score(Column column) {
			String text = value(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				int score = Integer.parseInt(text);
				if (!TrainingValidator.outOfRange(score)) {
					return score;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			problem(column, Kind.BAD_SCORE);
			return null;
		}

		private LocalDate completedOn(boolean attended) {
			String text = value(Column.COMPLETED_ON);
			if (text.isEmpty()) {
				return null;
			}
			LocalDate day;
			try {
				day = LocalDate.parse(text);
			} catch (DateTimeParseException e) {
				problem(Column.COMPLETED_ON, Kind.BAD_DATE);
				return null;
			}
			if (!attended) {
				problem(Column.COMPLETED_ON, Kind.COMPLETED_NOT_ATTENDED);
			} else if (session.getStartDate() != null && day.isBefore(session.getStartDate())) {
				problem(Column.COMPLETED_ON, Kind.COMPLETED_BEFORE_SESSION);
			}
			return day;
		}

		private String value(Column column) {
			Integer index = columns.get(column);
			return index == null ? "" : row.cell(index);
		}

		private void problem(Column column, Kind kind) {
			problem(column.header(), kind);
		}

		private void problem(String column, Kind kind) {
			problems.add(RowProblem.of(row.number(), column, kind));
		}
	}
}
