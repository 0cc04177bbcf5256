package org.crm.enlace.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** JSON that is not a valid record of the exchange format; the message lists every problem, never a value. */
public final class ExchangeFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ExchangeProblem> problems;

	public ExchangeFormatException(List<ExchangeProblem> problems) {
		super(problems.stream().map(ExchangeProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<ExchangeProblem> problems() {
		return problems;
	}
}
