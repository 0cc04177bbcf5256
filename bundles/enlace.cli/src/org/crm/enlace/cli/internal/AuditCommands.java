package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.audit.AuditVerification;
import org.crm.enlace.core.store.RecordStore;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code audit verify} and {@code audit list}: the store's audit log on the command line. */
public final class AuditCommands {

	private AuditCommands() {
	}

	/** Walks the whole chain: exit code 0 when intact, {@link Cli#AUDIT_BROKEN} naming the first broken entry. */
	public static int verify(RecordStore store, PrintStream out) {
		AuditVerification verification = store.audit().verify();
		if (verification.isIntact()) {
			out.println(Messages.format("audit.intact", verification.entries(),
					verification.headHash() == null ? "—" : verification.headHash()));
			return Cli.OK;
		}
		out.println(Messages.format("audit.broken", verification.firstBroken(),
				Messages.get("audit.problem." + verification.problem().name()), verification.entries()));
		return Cli.AUDIT_BROKEN;
	}

	/** The entries the user may read (the Secretariat all, others their organization's), oldest first. */
	public static int list(RecordStore store, Optional<String> since, Optional<String> format, PrintStream out) {
		Instant from = since.map(AuditCommands::instant).orElse(null);
		String chosen = format.orElse("table");
		if (!List.of("table", "json").contains(chosen)) {
			throw new IllegalArgumentException(Messages.format("error.auditFormat", chosen));
		}
		List<AuditEntry> entries = store.audit().entries(from);
		if (chosen.equals("json")) {
			out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create()
					.toJson(json(entries)));
		} else {
			table(entries, out);
		}
		return Cli.OK;
	}

	/* A day (from its start, UTC, as the log's times are) or an exact instant. */
	private static Instant instant(String text) {
		try {
			return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC)
					.toInstant();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.format("error.since", text), e);
		}
	}

	private static JsonArray json(List<AuditEntry> entries) {
		JsonArray array = new JsonArray();
		for (AuditEntry entry : entries) {
			JsonObject object = new JsonObject();
			object.addProperty("sequence", entry.sequence());
			object.addProperty("at", entry.at().toString());
			object.addProperty("user", entry.userName());
			object.addProperty("organization", entry.organization());
			object.addProperty("role", entry.role());
			object.addProperty("action", entry.action().name());
			object.addProperty("recordId", entry.recordId());
			object.addProperty("recordVersion", entry.recordVersion() == 0 ? null : entry.recordVersion());
			object.addProperty("detail", entry.detail());
			object.addProperty("hash", entry.hash());
			array.add(object);
		}
		return array;
	}

	private static void table(List<AuditEntry> entries, PrintStream out) {
		String row = "%6s %-27s %-16s %-4s %-16s %-7s %-36s %4s %s%n";
		out.printf(row, Messages.get("audit.column.sequence"), Messages.get("audit.column.at"),
				Messages.get("audit.column.user"), Messages.get("audit.column.organization"),
				Messages.get("audit.column.role"), Messages.get("audit.column.action"),
				Messages.get("audit.column.record"), Messages.get("audit.column.version"),
				Messages.get("audit.column.detail"));
		for (AuditEntry entry : entries) {
			out.printf(row, entry.sequence(), entry.at(), entry.userName(), dash(entry.organization()),
					dash(entry.role()), entry.action(), dash(entry.recordId()),
					entry.recordVersion() == 0 ? "—" : entry.recordVersion(), dash(entry.detail()));
		}
	}

	private static String dash(String text) {
		return text == null || text.isEmpty() ? "—" : text;
	}
}
