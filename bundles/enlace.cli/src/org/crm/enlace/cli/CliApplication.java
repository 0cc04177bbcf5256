package org.crm.enlace.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./enlace <command>}: runs one command and exits with its code. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return Cli.run(args, out, err);
	}

	@Override
	public void stop() {
		// Commands are short and run to completion.
	}
}
