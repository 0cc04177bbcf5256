package org.crm.enlace.entry;

import org.crm.enlace.entry.model.Requirement;

/**
 * One valid line of an entry-matrix CSV file.
 *
 * @param line        the line number in the file (1 is the header)
 * @param value       the requirement as the file states it, verbatim
 * @param maxStayDays the stay the file gives, or {@code null}
 */
public record SourceRow(int line, String nationality, String destination, String value, Requirement requirement,
		Integer maxStayDays) {
}
