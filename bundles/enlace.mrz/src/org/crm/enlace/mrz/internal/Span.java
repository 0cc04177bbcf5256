package org.crm.enlace.mrz.internal;

import java.util.List;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of one line, counted from 0. */
public record Span(int line, int start, int end) {

	public String of(List<String> lines) {
		return lines.get(line).substring(start, end);
	}

	public boolean contains(int line, int position) {
		return this.line == line && position >= start && position < end;
	}
}
