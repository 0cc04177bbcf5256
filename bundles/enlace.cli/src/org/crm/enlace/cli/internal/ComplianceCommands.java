package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.export.BoardCsv;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code compliance}: the 4-month compliance board, one line per member country and space, as the user may see it.
 * Statuses are COMPLETE, PARTIAL, MISSING or NOT_AVAILABLE, {@code daysLeft} is negative when late. JSON and CSV
 * are recorded in the audit log as exports, as {@code contacts list} does.
 */
public final class ComplianceCommands {

	private ComplianceCommands() {
	}

	public static int board(RecordStore store, Clock clock, Optional<String> format, PrintStream out,
			PrintStream err) {
		String chosen = format.orElse("table");
		if (!List.of("table", "json", "csv").contains(chosen)) {
			throw new IllegalArgumentException(Messages.format("error.format", chosen));
		}
		Optional<List<ComplianceRow>> board = ComplianceBoard.rows(store, Services.all(ComplianceSpace.class), clock);
		if (board.isEmpty()) {
			err.println(Messages.get("compliance.noApproval"));
			return Cli.INCOMPLETE;
		}
		List<ComplianceRow> rows = board.get();
		if (!chosen.equals("table")) {
			store.audit().recordExport("compliance " + chosen, rows.size());
		}
		switch (chosen) {
		case "json" -> out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
				.toJson(json(rows)));
		case "csv" -> BoardCsv.board(rows, out);
		default -> rows.forEach(r -> out.printf("%-4s %-16s %-13s %s %5d  %s%n", r.country(), r.space(),
				r.status().name(), r.deadline(), r.daysLeft(), String.join("; ", r.missing())));
		}
		return Cli.OK;
	}

	private static JsonArray json(List<ComplianceRow> rows) {
		JsonArray array = new JsonArray();
		for (ComplianceRow row : rows) {
			JsonObject object = new JsonObject();
			object.addProperty("country", row.country());
			object.addProperty("space", row.space());
			object.addProperty("status", row.status().name());
			object.addProperty("deadline", row.deadline().toString());
			object.addProperty("daysLeft", row.daysLeft());
			JsonArray missing = new JsonArray();
			row.missing().forEach(missing::add);
			object.add("missing", missing);
			array.add(object);
		}
		return array;
	}
}
