package org.crm.enlace.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.time.Clock;

/** One run of a headless command, with what it printed on each stream and its exit code. */
record CliRun(int code, String out, String err) {

	/** Without a login in the environment (and no terminal). */
	static CliRun of(Clock clock, String... args) {
		return with(Map.of(), clock, args);
	}

	/** Logged in as one of the demo users, with the demo password. */
	static CliRun as(String user, Clock clock, String... args) {
		return with(Map.of("ENLACE_USER", user, "ENLACE_PASSWORD", DemoAccounts.PASSWORD), clock, args);
	}

	static CliRun with(Map<String, String> environment, Clock clock, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), clock, environment);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
