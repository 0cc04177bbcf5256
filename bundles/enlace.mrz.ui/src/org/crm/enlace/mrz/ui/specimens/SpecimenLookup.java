package org.crm.enlace.mrz.ui.specimens;

import java.util.List;

/**
 * The specimens of a document, for the MRZ checker to show beside a zone: an OSGi service that a specimen register
 * provides (docs/extending.md). The checker works without one and says so. Called on the UI thread each time the
 * zone's issuing state or document code changes, so it answers from memory or a quick query.
 */
public interface SpecimenLookup {

	/**
	 * The specimens of an issuing state and document code as the zone gives them, the user's rights applied.
	 *
	 * @param issuingState ISO 3166-1 alpha-3 or another 9303 code ({@code UTO}, {@code D}), fillers dropped
	 * @param documentCode {@code P}, {@code ID}, {@code V}..., fillers dropped
	 * @return the matches, best first; empty when there are none
	 */
	List<SpecimenMatch> find(String issuingState, String documentCode);
}
