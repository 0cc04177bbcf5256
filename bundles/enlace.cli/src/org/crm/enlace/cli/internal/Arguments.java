package org.crm.enlace.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: words of the command (with its operands, such as the folder of {@code backup}), and options that
 * may stand anywhere ({@code --data DIR}).
 */
public record Arguments(List<String> command, Optional<String> data, Optional<String> format,
		Optional<String> country, Optional<String> role, Optional<String> since, Optional<String> asOf,
		Optional<String> plan, Optional<String> output) {

	private static final List<String> OPTIONS = List.of("--data", "--format", "--country", "--role", "--since",
			"--as-of", "--plan", "--output");

	public static Arguments parse(String[] args) {
		List<String> command = new ArrayList<>();
		String[] values = new String[OPTIONS.size()];
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			int option = OPTIONS.indexOf(name);
			if (option >= 0) {
				if (arg.contains("=")) {
					values[option] = arg.substring(arg.indexOf('=') + 1);
				} else if (i + 1 < args.length) {
					values[option] = args[++i];
				} else {
					throw new IllegalArgumentException(Messages.format("error.missingValue", name));
				}
			} else if (arg.startsWith("--")) {
				throw new IllegalArgumentException(Messages.format("error.unknownOption", arg));
			} else {
				command.add(arg);
			}
		}
		return new Arguments(List.copyOf(command), value(values, 0), value(values, 1), value(values, 2),
				value(values, 3), value(values, 4), value(values, 5), value(values, 6), value(values, 7));
	}

	private static Optional<String> value(String[] values, int index) {
		return Optional.ofNullable(values[index]);
	}
}
