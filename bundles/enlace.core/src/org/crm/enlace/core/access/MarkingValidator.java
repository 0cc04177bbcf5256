package org.crm.enlace.core.access;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.i18n.Texts;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;

/**
 * Checks the marking every record carries (releasability and source evaluation) before it is stored: the same rules
 * for every work area, in the editor and for imports. Problems are listed, never thrown.
 */
public final class MarkingValidator {

	private static final Texts TEXTS = new Texts("org.crm.enlace.core.access.messages", MarkingValidator.class);

	private MarkingValidator() {
	}

	public static List<Problem> validate(Record record) {
		List<Problem> problems = new ArrayList<>();
		if (record.getReleasability() == Releasability.LISTED && record.getReleasableTo().isEmpty()) {
			problems.add(new Problem("releasableTo", TEXTS.get("marking.releasableTo.empty")));
		}
		for (int i = 0; i < record.getReleasableTo().size(); i++) {
			if (!isOrganization(record.getReleasableTo().get(i))) {
				problems.add(new Problem("releasableTo", TEXTS.format("marking.releasableTo.unknown", i + 1)));
			}
		}
		if (record.isSetSourceReliability() != record.isSetInformationAccuracy()) {
			problems.add(new Problem("sourceReliability", TEXTS.get("marking.evaluation.incomplete")));
		}
		return problems;
	}

	private static boolean isOrganization(String code) {
		return CountryCatalog.isKnown(code) || Owners.isOwnerCode(code);
	}
}
