package org.crm.enlace.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.directory.CompletenessIssue;
import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.directory.Directory;
import org.crm.enlace.directory.DirectoryColumn;
import org.crm.enlace.directory.DirectoryColumns;
import org.crm.enlace.directory.DirectoryRow;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.CountryStatus;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** {@code contacts list} and {@code contacts check}: the directory of work plan item 1.2 on the command line. */
public final class ContactsCommands {

	private ContactsCommands() {
	}

	/**
	 * Lists the directory. JSON and CSV are machine formats that end up in files and other systems: they are
	 * recorded in the audit log as exports; the table is a view on screen, like the workbench's.
	 */
	public static int list(RecordStore store, Clock clock, Optional<String> format, PrintStream out) {
		List<DirectoryRow> rows = Directory.rows(store, clock.today());
		List<DirectoryColumn> extra = contributedColumns();
		String chosen = format.orElse("table");
		if (!List.of("table", "json", "csv").contains(chosen)) {
			throw new IllegalArgumentException(Messages.format("error.format", chosen));
		}
		if (!chosen.equals("table")) {
			// Before the output: an export that fails halfway is still logged, one that is not logged never starts.
			store.audit().recordExport("contacts list " + chosen, recordCount(rows));
		}
		switch (chosen) {
		case "json" -> out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
				.create().toJson(json(rows, extra)));
		case "csv" -> csv(rows, extra, out);
		default -> table(rows, extra, out);
		}
		return Cli.OK;
	}

	/* Each row is a country record and up to two contact-point records. */
	private static int recordCount(List<DirectoryRow> rows) {
		return rows.stream().mapToInt(r -> 1 + r.permanent().stream().mapToInt(c -> 1).sum()
				+ r.alternate().stream().mapToInt(c -> 1).sum()).sum();
	}

	/** @param organization the user's: an observer's or IOM's user does not see the members' contacts */
	public static int check(RecordRepository repository, String organization, Clock clock, PrintStream out) {
		List<DirectoryRow> rows = Directory.rows(repository, clock.today());
		if (!AccessRule.seesReleasedToAllMembers(organization)) {
			// It sees the countries (reference data) but not the contacts: "complete" or "missing" would be false.
			out.println(Messages.get("check.nothingVisible"));
			return Cli.OK;
		}
		List<CompletenessIssue> issues = rows.stream()
				.flatMap(r -> r.issues().stream())
				.toList();
		issues.forEach(i -> out.println(i.country() + ": " + i.describe()));
		if (issues.isEmpty()) {
			out.println(Messages.get("check.complete"));
			return Cli.OK;
		}
		long countries = issues.stream().map(CompletenessIssue::country).distinct().count();
		out.println(Messages.format("check.incomplete", countries, issues.size()));
		return Cli.INCOMPLETE;
	}

	private static List<DirectoryColumn> contributedColumns() {
		return Services.all(DirectoryColumns.class).stream().findFirst().map(DirectoryColumns::columns)
				.orElse(List.of());
	}

	private static JsonArray json(List<DirectoryRow> rows, List<DirectoryColumn> extra) {
		JsonArray array = new JsonArray();
		for (DirectoryRow row : rows) {
			JsonObject object = new JsonObject();
			object.addProperty("country", row.country().getCode());
			object.addProperty("name", CountryNames.of(row.country()));
			object.addProperty("status", row.country().getStatus().getLiteral());
			object.addProperty("complete", row.isComplete());
			object.add("permanent", json(row.permanent()));
			object.add("alternate", json(row.alternate()));
			JsonArray issues = new JsonArray();
			row.issues().forEach(i -> {
				JsonObject issue = new JsonObject();
				issue.addProperty("kind", i.kind().name());
				issue.addProperty("role", i.role().getLiteral());
				issue.addProperty("description", i.describe());
				issues.add(issue);
			});
			object.add("issues", issues);
			extra.forEach(c -> object.addProperty(c.id(), c.value(row, Locale.getDefault())));
			array.add(object);
		}
		return array;
	}

	private static JsonElement json(Optional<ContactPoint> contact) {
		if (contact.isEmpty()) {
			return JsonNull.INSTANCE;
		}
		ContactPoint c = contact.get();
		JsonObject object = new JsonObject();
		object.addProperty("id", c.getId());
		object.addProperty("fullName", c.getFullName());
		object.addProperty("title", c.getTitle());
		object.addProperty("agency", c.getAgency());
		object.addProperty("email", c.getEmail());
		JsonArray phones = new JsonArray();
		c.getPhones().forEach(phones::add);
		object.add("phones", phones);
		JsonArray languages = new JsonArray();
		c.getWorkingLanguages().forEach(languages::add);
		object.add("workingLanguages", languages);
		object.addProperty("validFrom", text(c.getValidFrom()));
		object.addProperty("validTo", text(c.getValidTo()));
		object.addProperty("lastVerifiedOn", text(c.getLastVerifiedOn()));
		object.addProperty("version", c.getVersion());
		return object;
	}

	private static void csv(List<DirectoryRow> rows, List<DirectoryColumn> extra, PrintStream out) {
		List<String> header = new ArrayList<>(List.of("country", "name", "status", "complete", "permanentName",
				"permanentEmail", "permanentPhones", "permanentLastVerifiedOn", "alternateName", "alternateEmail",
				"alternatePhones", "alternateLastVerifiedOn", "issues"));
		extra.forEach(c -> header.add(c.id()));
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
				.setHeader(header.toArray(String[]::new)).get())) {
			for (DirectoryRow row : rows) {
				List<String> cells = new ArrayList<>(List.of(row.country().getCode(), CountryNames.of(row.country()),
						row.country().getStatus().getLiteral(), String.valueOf(row.isComplete())));
				cells.addAll(csv(row.permanent()));
				cells.addAll(csv(row.alternate()));
				cells.add(String.join("; ", row.issues().stream().map(CompletenessIssue::describe).toList()));
				extra.forEach(c -> cells.add(c.value(row, Locale.getDefault())));
				printer.printRecord(cells);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> csv(Optional<ContactPoint> contact) {
		return contact.map(c -> List.of(c.getFullName(), c.getEmail(), String.join(" ", c.getPhones()),
				String.valueOf(text(c.getLastVerifiedOn())))).orElse(List.of("", "", "", ""));
	}

	private static void table(List<DirectoryRow> rows, List<DirectoryColumn> extra, PrintStream out) {
		out.printf("%-4s %-22s %-9s %-11s %-32s %-32s%n", Messages.get("table.country"), Messages.get("table.name"),
				Messages.get("table.status"), Messages.get("table.completeness"), Messages.get("table.permanent"),
				Messages.get("table.alternate"));
		for (DirectoryRow row : rows) {
			String completeness = row.country().getStatus() != CountryStatus.MEMBER ? "—"
					: Messages.get(row.isComplete() ? "table.complete" : "table.incomplete");
			out.printf("%-4s %-22s %-9s %-11s %-32s %-32s", row.country().getCode(), CountryNames.of(row.country()),
					Messages.get("status." + row.country().getStatus().name()), completeness,
					row.permanent().map(ContactPoint::getFullName).orElse("—"),
					row.alternate().map(ContactPoint::getFullName).orElse("—"));
			extra.forEach(c -> out.print(" " + c.value(row, Locale.getDefault())));
			out.println();
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
