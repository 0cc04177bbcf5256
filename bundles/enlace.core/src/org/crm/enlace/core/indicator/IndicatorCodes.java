package org.crm.enlace.core.indicator;

import java.util.List;

/**
 * The indicators of the seed work plan ({@code ../shared/seed/}), by a code that the plan tracker's seed and the
 * areas' {@link IndicatorSource}s share. Later plans may add indicators of their own codes.
 */
public final class IndicatorCodes {

	/** Information exchange, objective 1: "the information is available on the private site of the SV". */
	public static final String INFORMATION_AVAILABLE = "IE-1.information-available";
	/** Information exchange, result 1.3 (second part): "national commissions working in coordination". */
	public static final String COMMISSIONS_COORDINATED = "IE-1.3.commissions-coordinated";
	/** Institutional strengthening, objective 1: "number of officials trained". */
	public static final String OFFICIALS_TRAINED = "FI-1.officials-trained";
	/** Institutional strengthening, objective 2: "fewer victims". */
	public static final String FEWER_VICTIMS = "FI-2.fewer-victims";

	public static final List<String> SEED = List.of(INFORMATION_AVAILABLE, COMMISSIONS_COORDINATED, OFFICIALS_TRAINED,
			FEWER_VICTIMS);

	private IndicatorCodes() {
	}
}
