package org.crm.enlace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.intel.internal.Messages;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;

/**
 * Lists what is wrong with a border crossing point before it is saved; throws nothing. Besides the fields, the
 * coordinates must be on the globe and plausible: a land or river crossing lies near both countries it joins, a port
 * or an airport in or near its own country ({@link #NEAR_KM}, measured on the shipped outlines, whose 1:50m coast and
 * borders are a few kilometres off in places).
 */
public final class CrossingValidator {

	/** How far from a country's outline a crossing may lie and still be taken as on that country's side. */
	public static final double NEAR_KM = 25;

	private CrossingValidator() {
	}

	public static List<Problem> validate(BorderCrossing crossing) {
		List<Problem> problems = new ArrayList<>();
		if (crossing.getName() == null || crossing.getName().isBlank()) {
			problems.add(new Problem("name", Messages.get("crossing.name")));
		}
		boolean countriesKnown = country(problems, crossing.getCountry(), "country")
				& country(problems, crossing.getOtherCountry(), "otherCountry");
		if (countriesKnown && crossing.getCountry().equals(crossing.getOtherCountry())) {
			problems.add(new Problem("otherCountry", Messages.get("crossing.sameCountry")));
		}
		if (crossing.getOwnerCountry() != null && !crossing.getOwnerCountry().equals(crossing.getCountry())
				&& !crossing.getOwnerCountry().equals(crossing.getOtherCountry())) {
			problems.add(new Problem("country", Messages.get("crossing.owner")));
		}
		double latitude = crossing.getLatitude();
		double longitude = crossing.getLongitude();
		if (!(latitude >= -90 && latitude <= 90)) {
			problems.add(new Problem("latitude", Messages.get("crossing.latitude")));
		} else if (!(longitude >= -180 && longitude <= 180)) {
			problems.add(new Problem("longitude", Messages.get("crossing.longitude")));
		} else if (countriesKnown) {
			plausible(problems, crossing);
		}
		return problems;
	}

	private static boolean country(List<Problem> problems, String code, String field) {
		if (code == null || !IsoCountries.isKnown(code)) {
			problems.add(new Problem(field, Messages.get("crossing." + field)));
			return false;
		}
		return true;
	}

	/* A country without a shipped outline (a tiny island state) cannot be checked: no problem is made up for it. */
	private static void plausible(List<Problem> problems, BorderCrossing crossing) {
		Boundaries boundaries = Boundaries.shipped();
		double latitude = crossing.getLatitude();
		double longitude = crossing.getLongitude();
		OptionalDouble own = boundaries.distanceKm(crossing.getCountry(), latitude, longitude);
		if (own.isPresent() && own.getAsDouble() > NEAR_KM) {
			problems.add(new Problem("latitude",
					Messages.format("crossing.farFrom", crossing.getCountry(), Math.round(own.getAsDouble()))));
		}
		boolean joinsOverLand = crossing.getKind() == CrossingKind.LAND || crossing.getKind() == CrossingKind.RIVER;
		OptionalDouble other = boundaries.distanceKm(crossing.getOtherCountry(), latitude, longitude);
		if (joinsOverLand && other.isPresent() && other.getAsDouble() > NEAR_KM) {
			problems.add(new Problem("latitude",
					Messages.format("crossing.farFrom", crossing.getOtherCountry(), Math.round(other.getAsDouble()))));
		}
	}
}
