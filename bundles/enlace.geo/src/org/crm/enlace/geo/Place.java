package org.crm.enlace.geo;

/**
 * A place of the shipped gazetteer (GeoNames, CC BY 4.0).
 *
 * @param geonameId   GeoNames' stable id, to refer to the place from a record
 * @param country     ISO 3166-1 alpha-3
 * @param admin1      GeoNames' code of the first-level division (state, department, province) within the country,
 *                    e.g. {@code 05} for Chiapas; tells apart places of the same name
 * @param featureCode GeoNames' feature code: {@code PPLC} a capital, {@code PPLA}… a division's seat, {@code PPL}…
 *                    another populated place
 */
public record Place(long geonameId, String name, String country, String admin1, String featureCode, double latitude,
		double longitude, long population) {

	public boolean isCapital() {
		return "PPLC".equals(featureCode);
	}
}
