package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.entry.EntryAnswer;
import org.crm.enlace.entry.EntryQuestions;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryRule;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code entry NATIONALITY DEST [DEST...]}: what a national of one country needs to enter each destination today,
 * as a JSON array with one object per destination, in the order asked. A destination without a known rule (one
 * outside the matrix) gets {@code null} requirement and source.
 */
public final class EntryCommands {

	private EntryCommands() {
	}

	/**
	 * The codes of the command line, nationality first, in upper case.
	 *
	 * @throws IllegalArgumentException naming the first code that is not a country's
	 */
	public static List<String> codes(List<String> operands) {
		List<String> codes = operands.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
		EntryQuestions.checkCodes(codes.get(0), codes.subList(1, codes.size()));
		return codes;
	}

	public static int entry(RecordRepository repository, Clock clock, List<String> codes, PrintStream out) {
		String nationality = codes.get(0);
		JsonArray answers = new JsonArray();
		for (EntryAnswer answer : new EntryQuestions(repository).toEnter(nationality, codes.subList(1, codes.size()),
				clock.today())) {
			answers.add(json(nationality, answer));
		}
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create()
				.toJson(answers));
		return Cli.OK;
	}

	private static JsonObject json(String nationality, EntryAnswer answer) {
		EntryRule rule = answer.rule().orElse(null);
		JsonObject object = new JsonObject();
		object.addProperty("destination", answer.destination());
		object.addProperty("nationality", nationality);
		// The model's literal (E_VISA), not the Java constant's name (EVISA).
		object.addProperty("requirement", rule == null ? null : rule.getRequirement().getLiteral());
		object.addProperty("maxStayDays", rule == null ? null : rule.getMaxStayDays());
		object.addProperty("confirmed", rule != null && rule.getConfirmationStatus() == ConfirmationStatus.CONFIRMED);
		object.addProperty("source", rule == null ? null : rule.getSource());
		object.addProperty("legalBasis", rule == null ? null : rule.getLegalBasis());
		object.addProperty("effectiveFrom", rule == null ? null : text(rule.getEffectiveFrom()));
		object.addProperty("effectiveTo", rule == null ? null : text(rule.getEffectiveTo()));
		return object;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
