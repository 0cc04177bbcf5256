package org.crm.enlace.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.crm.enlace.bench.internal.Bench;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application behind {@code ./enlace bench <what>}: runs one benchmark, prints its figures and exits
 * with {@link Bench}'s exit code. See {@code docs/benchmarks.md}.
 */
public final class BenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return Bench.run(args, out, err);
	}

	@Override
	public void stop() {
		// A benchmark runs to its end.
	}
}
