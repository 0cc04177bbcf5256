package org.crm.enlace.cotravel.links;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.cotravel.internal.Messages;
import org.crm.enlace.linkage.Agreement;
import org.crm.enlace.linkage.Explanation;
import org.crm.enlace.linkage.Explanation.FieldAgreement;
import org.crm.enlace.linkage.Field;

/**
 * A candidate's explanation in words: for each field, how far the two persons agreed and how much it weighed. It
 * names fields and levels only, never a value, so it shows nothing of a person the user cannot already see.
 */
public final class LinkExplanations {

	private LinkExplanations() {
	}

	/** One sentence per compared field, in the order of {@link Field}; fields missing on a side are left out. */
	public static List<String> describe(Explanation explanation) {
		return Arrays.stream(Field.values()).map(explanation.fields()::get)
				.filter(f -> f != null && f.level() != Agreement.MISSING).map(LinkExplanations::sentence).toList();
	}

	/** The sentences joined, for a table cell or a tooltip. */
	public static String summary(Explanation explanation) {
		return String.join("; ", describe(explanation));
	}

	/** The score as a percentage, e.g. 97 %. */
	public static String score(double score) {
		return Messages.format("links.score", Math.round(score * 100));
	}

	private static String sentence(FieldAgreement field) {
		return Messages.format("links.explanation", Messages.get(key("links.field.", field.field().name())),
				Messages.get(key("links.level.", field.level().name())), field.weight());
	}

	private static String key(String prefix, String name) {
		return prefix + name.toLowerCase(Locale.ROOT);
	}
}
