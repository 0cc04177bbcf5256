package org.crm.enlace.exchange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the exchange format, {@code major.minor}, written once on every exchange document. A node reads
 * documents of its own version and, through explicit {@link Migration}s, of older ones; it refuses newer ones.
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

	/** The version this node writes and the newest it reads. */
	public static final FormatVersion CURRENT = new FormatVersion(1, 0);

	private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

	/** @return the version written as {@code major.minor}, or empty when the text is not of that form */
	public static Optional<FormatVersion> parse(String text) {
		Matcher matcher = FORM.matcher(text);
		return matcher.matches()
				? Optional.of(new FormatVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	@Override
	public int compareTo(FormatVersion other) {
		return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
	}

	public boolean isNewerThan(FormatVersion other) {
		return compareTo(other) > 0;
	}

	@Override
	public String toString() {
		return major + "." + minor;
	}
}
