package org.crm.enlace.mrz;

import java.util.List;

/**
 * The specimen zones printed in ICAO Doc 9303 for the fictitious state Utopia ({@code UTO}) and its fictitious holder
 * Anna Maria Eriksson: one of each format. They are published examples, no person's data; tests and the
 * benchmark read them, and a user can try the checker on them.
 */
public final class IcaoSpecimens {

	/** Part 4, the passport (TD3). */
	public static final List<String> TD3 = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
			"L898902C36UTO7408122F1204159ZE184226B<<<<<10");
	/** Part 5, the identity card (TD1). */
	public static final List<String> TD1 = List.of("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
			"ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
	/** Part 6, the identity card of size TD2. */
	public static final List<String> TD2 = List.of("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
			"D231458907UTO7408122F1204159<<<<<<<6");
	/** Part 7, the visa of format A (MRV-A). */
	public static final List<String> MRVA = List.of("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
			"L8988901C4XXX4009078F96121096ZE184226B<<<<<<");
	/** Part 7, the visa of format B (MRV-B). */
	public static final List<String> MRVB = List.of("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
			"L8988901C4XXX4009078F9612109<<<<<<<<");

	private IcaoSpecimens() {
	}

	public static List<List<String>> all() {
		return List.of(TD1, TD2, TD3, MRVA, MRVB);
	}
}
