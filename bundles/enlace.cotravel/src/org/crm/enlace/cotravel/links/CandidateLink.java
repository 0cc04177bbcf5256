package org.crm.enlace.cotravel.links;

import org.crm.enlace.linkage.Explanation;

/**
 * Two persons of co-travel alerts that may be, or were confirmed to be, the same person: the model's score and why
 * (field by field), and whether an analyst confirmed it. Rejected pairs are never candidates.
 */
public record CandidateLink(PersonRef a, PersonRef b, double score, boolean confirmed, Explanation explanation) {

	public boolean involves(String alertId) {
		return a.alertId().equals(alertId) || b.alertId().equals(alertId);
	}
}
