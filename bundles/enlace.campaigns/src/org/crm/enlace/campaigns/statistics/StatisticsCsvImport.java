package org.crm.enlace.campaigns.statistics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.campaigns.internal.Messages;
import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Sex;

/**
 * Reads victim statistics from CSV (RFC 4180, UTF-8, a header with {@link #COLUMNS} in any order), one cell a row,
 * and stores them as one record per country and period, all in one transaction. Every bad row is reported with its
 * number (the header is row 1) and column, never its values; when any row is bad nothing is saved. Blank lines are
 * passed over. Codes are the model's literals (TRAFFICKING_VICTIM, F, AGE_18_29, LABOUR...); dates ISO 8601.
 */
public final class StatisticsCsvImport {

	public static final List<String> COLUMNS = List.of("country", "period_start", "period_end", "population", "sex",
			"age_group", "exploitation", "nationality", "count");

	private record Row(long number, String country, LocalDate start, LocalDate end, Breakdown breakdown,
			int count) {
	}

	private record Period(String country, LocalDate start, LocalDate end) {
	}

	private StatisticsCsvImport() {
	}

	/** @param source a short description for the records' {@code source} ("Ministerio Público, registro X") */
	public static ImportReport importCsv(Reader csv, String source, RecordRepository records) {
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		int read = 0;
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
			for (String column : COLUMNS) {
				if (!parser.getHeaderMap().containsKey(column)) {
					problems.add(new Problem(column, Messages.format("import.column.missing", column)));
				}
			}
			for (String column : parser.getHeaderNames()) {
				if (!COLUMNS.contains(column)) {
					problems.add(new Problem(column, Messages.format("import.column.unknown", column)));
				}
			}
			if (!problems.isEmpty()) {
				return new ImportReport(0, problems, List.of());
			}
			for (CSVRecord record : parser) {
				read++;
				row(record, problems).ifPresent(rows::add);
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			// Commons CSV reports a malformed file (an unclosed quote, a duplicate header) with these; its message
			// may quote the file's content, so it is not passed on.
			problems.add(new Problem("", Messages.get("import.unreadable")));
			return new ImportReport(read, problems, List.of());
		}
		List<VictimStatistics> grouped = group(rows, source, VictimStatisticsRecords.all(records), problems);
		if (!problems.isEmpty()) {
			return new ImportReport(read, problems, List.of());
		}
		try {
			List<VictimStatistics> saved = records.saveAll(grouped).stream().map(VictimStatistics.class::cast)
					.toList();
			return new ImportReport(read, List.of(), saved);
		} catch (StoreException e) {
			problems.add(new Problem("country", Messages.format("import.refused", e.reason().name())));
			return new ImportReport(read, problems, List.of());
		}
	}

	private static Optional<Row> row(CSVRecord record, List<Problem> problems) {
		long number = record.getRecordNumber() + 1;
		int before = problems.size();
		if (!record.isConsistent()) {
			problems.add(new Problem("", Messages.format("import.row.columns", number)));
			return Optional.empty();
		}
		String country = record.get("country");
		if (!StatisticsValidator.isReportingCountry(country)) {
			problems.add(problem(number, "country", "import.country"));
		}
		LocalDate start = parse(record, number, "period_start", LocalDate::parse, problems);
		LocalDate end = parse(record, number, "period_end", LocalDate::parse, problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(problem(number, "period_end", "import.period.order"));
		}
		Population population = parse(record, number, "population", literal(Population::get), problems);
		Sex sex = parse(record, number, "sex", literal(Sex::get), problems);
		AgeGroup age = parse(record, number, "age_group", literal(AgeGroup::get), problems);
		Exploitation exploitation = parse(record, number, "exploitation", literal(Exploitation::get), problems);
		Integer count = parse(record, number, "count", Integer::valueOf, problems);
		if (problems.size() > before) {
			return Optional.empty();
		}
		Breakdown breakdown = new Breakdown(population, sex, age, exploitation, record.get("nationality"));
		StatisticsCell cell = VictimStatisticsRecords.newCell(breakdown, count);
		int checked = problems.size();
		for (Problem p : StatisticsValidator.cell(cell, rowName(number))) {
			problems.add(new Problem(column(p.field()), p.message()));
		}
		return problems.size() > checked ? Optional.empty()
				: Optional.of(new Row(number, country, start, end, breakdown, count));
	}

	/* One record per country and period; cells counted twice (in the file or already stored) named by row. */
	private static List<VictimStatistics> group(List<Row> rows, String source, List<VictimStatistics> stored,
			List<Problem> problems) {
		Map<Period, List<Row>> byPeriod = new LinkedHashMap<>();
		rows.forEach(r -> byPeriod.computeIfAbsent(new Period(r.country(), r.start(), r.end()), p -> new ArrayList<>())
				.add(r));
		List<VictimStatistics> grouped = new ArrayList<>();
		Map<VictimStatistics, List<Row>> rowsOf = new LinkedHashMap<>();
		byPeriod.forEach((period, cells) -> {
			VictimStatistics statistics = VictimStatisticsRecords.newStatistics(period.country(), period.start(),
					period.end());
			statistics.setSource(source);
			statistics.setProvenanceKind(ProvenanceKind.IMPORT);
			cells.forEach(r -> VictimStatisticsRecords.addCell(statistics, r.breakdown(), r.count()));
			grouped.add(statistics);
			rowsOf.put(statistics, cells);
		});
		List<VictimStatistics> others = new ArrayList<>(stored);
		others.addAll(grouped);
		rowsOf.forEach((statistics, cells) -> problems.addAll(StatisticsValidator.crossChecks(statistics, others,
				i -> rowName(cells.get(i).number()))));
		return grouped;
	}

	private static String rowName(long number) {
		return Messages.format("row", number);
	}

	private static Problem problem(long number, String column, String key) {
		return new Problem(column, Messages.format(key, number, column));
	}

	/* The model's attribute names as the file's columns. */
	private static String column(String field) {
		return field.equals("ageGroup") ? "age_group" : field;
	}

	/* EMF's lookup by literal answers null for an unknown code. */
	private static <T> Function<String, T> literal(Function<String, T> lookup) {
		return text -> {
			T value = lookup.apply(text);
			if (value == null) {
				throw new IllegalArgumentException("not a code of the model");
			}
			return value;
		};
	}

	private static <T> T parse(CSVRecord record, long number, String column, Function<String, T> parser,
			List<Problem> problems) {
		String text = record.get(column);
		if (text.isEmpty()) {
			problems.add(problem(number, column, "import.value.missing"));
			return null;
		}
		try {
			return parser.apply(text);
		} catch (IllegalArgumentException | DateTimeParseException e) {
			problems.add(problem(number, column, column.equals("count") ? "import.count" : "import.value"));
			return null;
		}
	}
}
