package org.crm.enlace.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.crm.enlace.model.Sex;

/**
 * The indicator "number of officials trained" on a day, for one programme.
 *
 * @param programmeId   the record id of the programme followed
 * @param window        from the programme's approval, for its months
 * @param asOf          completions after this day are left out
 * @param sessions      the programme's sessions the user may see
 * @param countries     one row per country with a target or with officials trained, sorted by code
 * @param trained       the sum over the countries
 * @param target        the sum of the recorded targets
 * @param bySex         the trained by sex, all countries
 * @param byInstitution the trained by institution, all countries
 */
public record TrainedFigures(String programmeId, TrainingWindow window, LocalDate asOf, int sessions,
		List<CountryFigures> countries, int trained, int target, Map<Sex, Integer> bySex,
		SortedMap<String, Integer> byInstitution) {
}
