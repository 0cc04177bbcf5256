package org.crm.enlace.training;

import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;

import org.crm.enlace.model.Sex;

/**
 * Officials of one country trained in the window.
 *
 * @param country       ISO 3166-1 alpha-3
 * @param trained       distinct officials who completed a session of the programme in the window
 * @param target        the country's target, when one is recorded
 * @param bySex         the trained by sex (every value of {@link Sex}, zeros included)
 * @param byInstitution the trained by institution as entered (spaces tidied), sorted by name
 */
public record CountryFigures(String country, int trained, OptionalInt target, Map<Sex, Integer> bySex,
		SortedMap<String, Integer> byInstitution) {
}
