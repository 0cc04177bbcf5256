package org.crm.enlace.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.io.WholeFile;
import org.crm.enlace.plan.internal.Messages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A plan's indicators as an XLSX workbook: the first sheet has one row per indicator (code, texts in Spanish and
 * English, value, target, unit, days, provenance, origin, source), the second one row per country of each
 * indicator's breakdown. Values and targets are numbers, days ISO 8601 text; headers and words in the reader's
 * language, codes as they are.
 */
public final class IndicatorWorkbook {

	/** The first sheet's columns, as message keys under {@code workbook.column.}. */
	public static final List<String> COLUMNS = List.of("plan", "key", "indicator", "textEs", "textEn", "value",
			"target", "unit", "asOf", "dated", "provenance", "origin", "source");
	/** The second sheet's columns. */
	public static final List<String> BREAKDOWN_COLUMNS = List.of("plan", "key", "indicator", "country", "value",
			"unit", "dated");

	private IndicatorWorkbook() {
	}

	/**
	 * Writes the workbook to a file beside the one named and moves it over that one: a failure leaves no half-written
	 * workbook where the user asked for one.
	 */
	public static void write(String plan, List<IndicatorReading> readings, Locale locale, Path file) {
		try {
			WholeFile.write(file, out -> write(plan, readings, locale, out));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the workbook and finishes it; the stream is left open. */
	public static void write(String plan, List<IndicatorReading> readings, Locale locale, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Enlace", "0.1");
			Worksheet indicators = workbook.newWorksheet(Messages.get("workbook.sheet.indicators", locale));
			header(indicators, COLUMNS, locale);
			int r = 1;
			for (IndicatorReading reading : readings) {
				Row row = new Row(indicators, r++);
				row.text(plan).text(reading.key()).text(reading.indicator()).text(reading.textEs())
						.text(reading.textEn()).number(reading.value()).number(reading.target())
						.text(Units.label(reading.unit(), locale)).text(reading.asOf().toString())
						.text(reading.dated().map(LocalDate::toString).orElse(""))
						.text(Messages.get("provenance." + reading.provenance().name(), locale))
						.text(reading.origin()).text(reading.source());
			}
			Worksheet countries = workbook.newWorksheet(Messages.get("workbook.sheet.countries", locale));
			header(countries, BREAKDOWN_COLUMNS, locale);
			r = 1;
			for (IndicatorReading reading : readings) {
				for (Map.Entry<String, BigDecimal> entry : reading.breakdown().entrySet().stream()
						.sorted(Map.Entry.comparingByKey()).toList()) {
					new Row(countries, r++).text(plan).text(reading.key()).text(reading.indicator())
							.text(entry.getKey()).number(Optional.of(entry.getValue()))
							.text(Units.label(reading.unit(), locale))
							.text(reading.dated().map(LocalDate::toString).orElse(""));
				}
			}
			workbook.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Worksheet sheet, List<String> columns, Locale locale) {
		for (int c = 0; c < columns.size(); c++) {
			sheet.width(c, 18); // fixed: fitting to the long texts would push the figures off the screen
			sheet.value(0, c, Messages.get("workbook.column." + columns.get(c), locale));
			sheet.style(0, c).bold().set();
		}
	}

	/* Cells written left to right; an empty value leaves its cell empty. */
	private static final class Row {

		private final Worksheet sheet;
		private final int row;
		private int column;

		Row(Worksheet sheet, int row) {
			this.sheet = sheet;
			this.row = row;
		}

		Row text(String value) {
			if (value != null && !value.isEmpty()) {
				sheet.value(row, column, value);
			}
			column++;
			return this;
		}

		Row number(Optional<BigDecimal> value) {
			value.ifPresent(v -> sheet.value(row, column, v));
			column++;
			return this;
		}
	}
}
