package org.crm.enlace.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.jtf.OverdueAction;
import org.crm.enlace.jtf.OverdueActions;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code jtf overdue [--as-of DAY] [--format table|csv|json]}: the Joint Task Force's action items still open or in
 * progress after their due date, as of a day (today by default), by owner organization, from the meetings the user
 * may see. CSV and JSON are recorded in the audit log as exports. Lines carry organizations and descriptions, never
 * a participant's name.
 */
public final class JtfCommands {

	private static final List<String> OPTIONS = List.of("--data", "--as-of", "--format");
	private static final String[] COLUMNS = { "ownerOrganization", "dueDate", "daysOverdue", "status", "meetingId",
			"meetingDate", "meetingKind", "position", "description" };

	private JtfCommands() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("jtf");
	}

	public static int run(String[] args, Login login, Clock clock, PrintStream out, PrintStream err) {
		return ExchangeOptions.reporting(err, () -> overdue(new ExchangeOptions(args, OPTIONS), login, clock, out));
	}

	private static int overdue(ExchangeOptions options, Login login, Clock clock, PrintStream out) {
		if (!options.words().equals(List.of("jtf", "overdue"))) {
			throw new IllegalArgumentException(
					Messages.format("error.unknownCommand", String.join(" ", options.words())));
		}
		String format = options.option("--format").orElse("table");
		if (!List.of("table", "json", "csv").contains(format)) {
			throw new IllegalArgumentException(Messages.format("error.format", format));
		}
		LocalDate asOf = options.option("--as-of").map(JtfCommands::day).orElse(clock.today());
		StoreStartup.LoggedIn session;
		try (Credentials credentials = login.credentials()) {
			session = StoreStartup.login(options.dataFolder(), credentials, clock, StoreStartup.demoLoadingAtStart());
		}
		try (RecordStore store = session.store()) {
			List<OverdueAction> overdue = OverdueActions.asOf(store, asOf);
			if (!format.equals("table")) {
				store.audit().recordExport("jtf overdue " + format, overdue.size());
			}
			switch (format) {
			case "json" -> out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
					.toJson(json(overdue)));
			case "csv" -> csv(overdue, out);
			default -> table(overdue, asOf, out);
			}
		}
		return Cli.OK;
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.format("jtf.badDay", text));
		}
	}

	private static void table(List<OverdueAction> overdue, LocalDate asOf, PrintStream out) {
		if (overdue.isEmpty()) {
			out.println(Messages.format("jtf.noneOverdue", asOf.toString()));
			return;
		}
		OverdueActions.byOwner(overdue).forEach((owner, actions) -> {
			out.println(owner);
			actions.forEach(a -> out.printf("  %s %5d  %-11s %s%n", a.dueDate(), a.daysOverdue(), a.status().name(),
					a.description()));
		});
	}

	private static void csv(List<OverdueAction> overdue, PrintStream out) {
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
			for (OverdueAction a : overdue) {
				printer.printRecord(a.ownerOrganization(), a.dueDate(), a.daysOverdue(), a.status().name(),
						a.meetingId(), a.meetingDate(), a.meetingKind() == null ? "" : a.meetingKind().name(),
						a.position(), a.description());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonArray json(List<OverdueAction> overdue) {
		JsonArray array = new JsonArray();
		for (OverdueAction a : overdue) {
			JsonObject object = new JsonObject();
			object.addProperty(COLUMNS[0], a.ownerOrganization());
			object.addProperty(COLUMNS[1], a.dueDate().toString());
			object.addProperty(COLUMNS[2], a.daysOverdue());
			object.addProperty(COLUMNS[3], a.status().name());
			object.addProperty(COLUMNS[4], a.meetingId());
			object.addProperty(COLUMNS[5], a.meetingDate() == null ? null : a.meetingDate().toString());
			object.addProperty(COLUMNS[6], a.meetingKind() == null ? null : a.meetingKind().name());
			object.addProperty(COLUMNS[7], a.position());
			object.addProperty(COLUMNS[8], a.description());
			array.add(object);
		}
		return array;
	}
}
