package org.crm.enlace.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.plan.IndicatorEvaluation;
import org.crm.enlace.plan.IndicatorReading;
import org.crm.enlace.plan.IndicatorWorkbook;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.Units;
import org.crm.enlace.plan.model.WorkPlan;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code indicators}: every indicator of a work plan (the plan in force, or {@code --plan CODE}) with its value as of
 * a day ({@code --as-of}, today by default), target, unit, and where the value comes from: computed by an area's
 * bundle, entered by an organization on a date with its source, or none. JSON and CSV use fixed English names and
 * codes and are recorded in the audit log as exports; so is XLSX ({@code --format xlsx --output FILE}), the
 * {@link IndicatorWorkbook} with a sheet of indicators and one of their values per country.
 */
public final class IndicatorsCommands {

	public static final List<String> CSV_COLUMNS = List.of("plan", "key", "indicator", "textEs", "textEn", "value",
			"target", "unit", "asOf", "provenance", "origin", "dated", "source");

	private IndicatorsCommands() {
	}

	public static int indicators(RecordStore store, Clock clock, Arguments arguments, PrintStream out,
			PrintStream err) {
		String format = arguments.format().orElse("table");
		if (!List.of("table", "json", "csv", "xlsx").contains(format)) {
			throw new IllegalArgumentException(Messages.format("indicators.format", format));
		}
		if (format.equals("xlsx") && arguments.output().isEmpty()) {
			// A workbook is binary: never on a terminal, and never silently to a default file.
			throw new IllegalArgumentException(Messages.format("indicators.outputNeeded"));
		}
		LocalDate asOf = arguments.asOf().map(IndicatorsCommands::day).orElse(clock.today());
		Optional<WorkPlan> plan = arguments.plan().isPresent() ? Plans.find(store, arguments.plan().get())
				: Plans.current(store);
		if (plan.isEmpty()) {
			err.println(arguments.plan().map(id -> Messages.format("indicators.noSuchPlan", id))
					.orElseGet(() -> Messages.format("indicators.noPlan")));
			return Cli.USAGE;
		}
		List<IndicatorReading> readings = IndicatorEvaluation.evaluate(plan.get(), store,
				Services.all(IndicatorSource.class), asOf);
		if (!format.equals("table")) {
			store.audit().recordExport("indicators " + format, readings.size());
		}
		switch (format) {
		case "json" -> out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
				.create().toJson(json(plan.get(), readings, asOf)));
		case "csv" -> csv(plan.get(), readings, out);
		case "xlsx" -> xlsx(plan.get(), readings, Path.of(arguments.output().get()), out);
		default -> table(plan.get(), readings, asOf, out);
		}
		return Cli.OK;
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.format("indicators.badDay", text));
		}
	}

	private static void table(WorkPlan plan, List<IndicatorReading> readings, LocalDate asOf, PrintStream out) {
		Locale locale = Locale.getDefault();
		out.println(Messages.format("indicators.heading", plan.getCode(), asOf));
		for (IndicatorReading r : readings) {
			String value = r.value().map(BigDecimal::toPlainString).orElse("-");
			String target = r.target().map(BigDecimal::toPlainString).orElse("-");
			out.printf("%-32s %8s / %-6s %-14s %s%n", r.indicator(), value, target, Units.label(r.unit(), locale),
					provenance(r));
			out.println("    " + r.text(locale));
		}
	}

	/* "computed by enlace.compliance: ...", "entered on 2026-05-31 by HND: ...", "no value". */
	private static String provenance(IndicatorReading r) {
		return switch (r.provenance()) {
		case COMPUTED -> Messages.format("indicators.computed", r.origin(), r.source());
		case ENTERED -> Messages.format("indicators.entered", r.dated().orElseThrow(), r.origin(), r.source());
		case NONE -> Messages.format("indicators.none");
		};
	}

	private static JsonObject json(WorkPlan plan, List<IndicatorReading> readings, LocalDate asOf) {
		JsonObject root = new JsonObject();
		root.addProperty("plan", plan.getCode());
		root.addProperty("planId", plan.getId());
		root.addProperty("asOf", asOf.toString());
		JsonArray array = new JsonArray();
		for (IndicatorReading r : readings) {
			JsonObject object = new JsonObject();
			object.addProperty("key", r.key());
			object.addProperty("indicator", r.indicator());
			object.addProperty("textEs", r.textEs());
			object.addProperty("textEn", r.textEn());
			object.addProperty("value", r.value().orElse(null));
			object.addProperty("target", r.target().orElse(null));
			object.addProperty("unit", r.unit());
			object.addProperty("asOf", r.asOf().toString());
			object.addProperty("provenance", r.provenance().name());
			object.addProperty("origin", r.origin());
			object.addProperty("dated", r.dated().map(LocalDate::toString).orElse(null));
			object.addProperty("source", r.source());
			JsonObject breakdown = new JsonObject();
			r.breakdown().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.forEach(e -> breakdown.addProperty(e.getKey(), e.getValue()));
			object.add("breakdown", breakdown);
			array.add(object);
		}
		root.add("indicators", array);
		return root;
	}

	private static void xlsx(WorkPlan plan, List<IndicatorReading> readings, Path file, PrintStream out) {
		IndicatorWorkbook.write(plan.getCode(), readings, Locale.getDefault(), file);
		out.println(Messages.format("indicators.written", readings.size(), file.toAbsolutePath()));
	}

	private static void csv(WorkPlan plan, List<IndicatorReading> readings, PrintStream out) {
		try {
			CSVPrinter printer = new CSVPrinter(out,
					CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
			for (IndicatorReading r : readings) {
				printer.printRecord(plan.getCode(), r.key(), r.indicator(), r.textEs(), r.textEn(),
						r.value().map(BigDecimal::toPlainString).orElse(""),
						r.target().map(BigDecimal::toPlainString).orElse(""), r.unit(), r.asOf(), r.provenance().name(),
						r.origin(), r.dated().map(LocalDate::toString).orElse(""), r.source());
			}
			printer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
