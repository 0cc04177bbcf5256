package org.crm.enlace.core.indicator;

import java.time.LocalDate;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;

/**
 * Computes one of the work plan's indicators from the data of a work area (training, victim statistics, the Joint
 * Task Force, the compliance board). Each area's core bundle registers its sources as Declarative Services
 * components; the plan tracker shows their values beside the indicators that are entered by hand, and
 * {@code ./enlace indicators} prints them. A source reads only what the user may see, through {@code records}.
 */
public interface IndicatorSource {

	/** The indicator this source computes: one of {@link IndicatorCodes}. */
	String indicator();

	/**
	 * The value as of a day (records dated after it are left out), or empty when the area holds no data for it yet
	 * (the indicator is then entered by hand, with its date and source).
	 */
	Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf);
}
