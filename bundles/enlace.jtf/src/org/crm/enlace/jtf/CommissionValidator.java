package org.crm.enlace.jtf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.internal.Messages;
import org.crm.enlace.jtf.model.NationalCommission;

/**
 * Checks a national commission before it is stored: the country is a member of the conference (ISO 3166-1
 * alpha-3), the commission has a name and at least one institution, no institution is left blank, the last joint
 * activity is not after today, and a commission said to work in coordination gives the date of its last joint
 * activity and its evidence (an attachment or a reference): without them it could not count for the indicator.
 */
public final class CommissionValidator {

	private CommissionValidator() {
	}

	public static List<Problem> validate(NationalCommission commission, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (!Commissions.isMember(commission.getCountry())) {
			problems.add(problem("country", "validation.commission.country"));
		}
		if (Text.blank(commission.getName())) {
			problems.add(problem("name", "validation.commission.name"));
		}
		if (commission.getInstitutions().isEmpty()) {
			problems.add(problem("institutions", "validation.commission.institutions"));
		}
		for (int i = 0; i < commission.getInstitutions().size(); i++) {
			if (Text.blank(commission.getInstitutions().get(i))) {
				problems.add(new Problem("institutions",
						Messages.format("validation.commission.institution.blank", i + 1)));
			}
		}
		LocalDate last = commission.getLastJointActivityDate();
		if (last != null && last.isAfter(today)) {
			problems.add(problem("lastJointActivityDate", "validation.commission.activity.future"));
		}
		if (commission.isCoordinated()) {
			if (last == null) {
				problems.add(problem("lastJointActivityDate", "validation.commission.activity.date"));
			}
			if (Text.blank(commission.getEvidenceAttachmentId()) && Text.blank(commission.getEvidenceReference())) {
				problems.add(problem("evidenceReference", "validation.commission.evidence"));
			}
		}
		return problems;
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, Messages.format(key));
	}
}
