package org.crm.enlace.bench.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The table a benchmark prints at the end: one row per figure, with its goal and whether it is met when it has one. */
final class Report {

	private record Row(String measure, String value, String goal) {
	}

	private final String title;
	private final PrintStream progress;
	private final List<Row> rows = new ArrayList<>();

	/** @param progress where each figure is also shown as soon as it is taken, so a long run shows what it has */
	Report(String title, PrintStream progress) {
		this.title = title;
		this.progress = progress;
	}

	void add(String measure, String value) {
		add(new Row(measure, value, ""));
	}

	/** A figure with a goal, e.g. {@code ≤ 50 ms}, and whether the figure meets it. */
	void add(String measure, String value, String goal, boolean met) {
		add(new Row(measure, value, goal + ": " + Messages.get(met ? "goal.met" : "goal.notMet")));
	}

	private void add(Row row) {
		rows.add(row);
		progress.println(Messages.format("progress.figure", row.measure(), row.value()));
	}

	void print(PrintStream out) {
		int measureWidth = Messages.get("column.measure").length();
		int valueWidth = Messages.get("column.value").length();
		for (Row row : rows) {
			measureWidth = Math.max(measureWidth, row.measure().length());
			valueWidth = Math.max(valueWidth, row.value().length());
		}
		String format = "%-" + measureWidth + "s  %-" + valueWidth + "s  %s%n";
		out.println();
		out.println(title);
		out.printf(format, Messages.get("column.measure"), Messages.get("column.value"), Messages.get("column.goal"));
		out.println("-".repeat(measureWidth + valueWidth + 4 + Messages.get("column.goal").length() + 16));
		for (Row row : rows) {
			out.printf(format, row.measure(), row.value(), row.goal());
		}
	}
}
