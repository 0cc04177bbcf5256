package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.NotAnMrzException;
import org.crm.enlace.mrz.Transliteration;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code mrz LINE1 LINE2 [LINE3]}: one JSON object with the zone's format, fields, checks, problems and warnings;
 * exit code 0 when every check digit passes, 1 when one fails, 2 when the lines are no MRZ (the reason on the error
 * stream). {@code mrz --bench N}: checks per second. Needs no data folder and no login.
 */
public final class MrzCommands {

	public static final int CHECK_FAILED = 1;
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
			.create();
	private static final int WARM_UP = 20_000;

	private MrzCommands() {
	}

	public static int run(List<String> operands, PrintStream out, PrintStream err) {
		if (!operands.isEmpty() && operands.get(0).equals("--bench")) {
			return bench(operands, out, err);
		}
		if (operands.isEmpty() || operands.stream().anyMatch(operand -> operand.startsWith("--"))) {
			err.println(Messages.format("mrz.usage"));
			return Cli.USAGE;
		}
		try {
			Mrz mrz = MrzChecker.check(operands);
			out.println(GSON.toJson(json(mrz, Locale.getDefault())));
			return mrz.valid() ? Cli.OK : CHECK_FAILED;
		} catch (NotAnMrzException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
	}

	public static JsonObject json(Mrz mrz, Locale locale) {
		JsonObject object = new JsonObject();
		object.addProperty("format", mrz.format().name());
		object.addProperty("documentCode", mrz.documentCode());
		object.addProperty("issuingState", mrz.issuingState());
		object.addProperty("primaryIdentifier", mrz.primaryIdentifier());
		object.addProperty("secondaryIdentifier", mrz.secondaryIdentifier());
		object.addProperty("documentNumber", mrz.documentNumber());
		object.addProperty("nationality", mrz.nationality());
		object.addProperty("dateOfBirth", mrz.dateOfBirth());
		object.addProperty("sex", mrz.sex());
		object.addProperty("dateOfExpiry", mrz.dateOfExpiry());
		object.addProperty("optionalData", mrz.optionalData());
		object.addProperty("optionalData2", mrz.fields().containsKey(MrzField.OPTIONAL_DATA_2) ? mrz.optionalData2()
				: null);
		JsonObject checks = new JsonObject();
		mrz.checks().forEach((field, passes) -> checks.addProperty(field.key(), passes));
		object.add("checks", checks);
		object.addProperty("valid", mrz.valid());
		object.add("problems", findings(mrz.problems(), locale));
		object.add("warnings", findings(mrz.warnings(), locale));
		JsonObject names = new JsonObject();
		names.add("primaryIdentifier", reading(mrz.primaryIdentifier()));
		names.add("secondaryIdentifier", reading(mrz.secondaryIdentifier()));
		object.add("nameReadings", names);
		return object;
	}

	private static JsonArray findings(List<Finding> findings, Locale locale) {
		JsonArray array = new JsonArray();
		for (Finding finding : findings) {
			JsonObject object = new JsonObject();
			object.addProperty("kind", finding.kind());
			object.addProperty("field", finding.field() == null ? null : finding.field().key());
			object.addProperty("line", finding.line());
			object.addProperty("position", finding.position());
			object.addProperty("expected", finding.expected());
			object.addProperty("found", finding.found());
			object.addProperty("message", finding.text(locale));
			array.add(object);
		}
		return array;
	}

	/* How the name may have been written: NXX is Ñ, N may be Ñ, UE may be Ü... */
	private static JsonObject reading(String name) {
		Transliteration.Reading reading = Transliteration.read(name);
		JsonObject object = new JsonObject();
		object.addProperty("text", reading.text());
		JsonArray alternatives = new JsonArray();
		for (Transliteration.Alternative alternative : reading.alternatives()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("mrz", alternative.mrz());
			JsonArray originals = new JsonArray();
			alternative.originals().forEach(originals::add);
			entry.add("mayBe", originals);
			alternatives.add(entry);
		}
		object.add("alternatives", alternatives);
		return object;
	}

	/*
	 * One thread checks the specimens of every format, each also with a broken check digit, in lower case and with
	 * an O for every 0, in turn, after a warm-up of the JIT; then again with the JSON the command prints.
	 */
	private static int bench(List<String> operands, PrintStream out, PrintStream err) {
		int count;
		try {
			count = operands.size() == 2 ? Integer.parseInt(operands.get(1).replace("_", "")) : -1;
		} catch (NumberFormatException e) {
			count = -1;
		}
		if (count < 1) {
			err.println(Messages.format("mrz.usage"));
			return Cli.USAGE;
		}
		List<List<String>> inputs = benchInputs();
		int warmUp = Math.min(WARM_UP, count);
		runChecks(inputs, warmUp, false);
		long start = System.nanoTime();
		int invalid = runChecks(inputs, count, false);
		long checkNanos = System.nanoTime() - start;
		runChecks(inputs, warmUp, true);
		start = System.nanoTime();
		runChecks(inputs, count, true);
		long jsonNanos = System.nanoTime() - start;
		out.println(Messages.format("mrz.bench", count, inputs.size(), invalid, checkNanos / 1e6,
				count / (checkNanos / 1e9), jsonNanos / 1e6, count / (jsonNanos / 1e9), Runtime.version().feature(),
				Runtime.getRuntime().availableProcessors()));
		return Cli.OK;
	}

	private static List<List<String>> benchInputs() {
		List<List<String>> inputs = new ArrayList<>();
		for (List<String> specimen : IcaoSpecimens.all()) {
			inputs.add(specimen);
			List<String> broken = new ArrayList<>(specimen);
			String second = broken.get(1);
			broken.set(1, second.substring(0, 6) + (second.charAt(6) == '9' ? '0' : '9') + second.substring(7));
			inputs.add(broken);
			inputs.add(specimen.stream().map(line -> line.toLowerCase(Locale.ROOT)).toList());
			inputs.add(specimen.stream().map(line -> line.replace('0', 'O')).toList());
		}
		return inputs;
	}

	private static int runChecks(List<List<String>> inputs, int count, boolean withJson) {
		int invalid = 0;
		for (int i = 0; i < count; i++) {
			Mrz mrz = MrzChecker.check(inputs.get(i % inputs.size()));
			// The JSON is used, so the JIT cannot drop the work.
			if (withJson && GSON.toJson(json(mrz, Locale.getDefault())).isEmpty()) {
				throw new IllegalStateException("no JSON");
			}
			invalid += mrz.valid() ? 0 : 1;
		}
		return invalid;
	}
}
