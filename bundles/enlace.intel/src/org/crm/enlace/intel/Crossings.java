package org.crm.enlace.intel;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.crm.enlace.intel.model.CrossingStatus;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/** The border crossing points users add: a new one as the editor starts it, and the ones a user may see. */
public final class Crossings {

	private Crossings() {
	}

	/**
	 * A crossing on the user's country's side at the given point. Shared with every member (TLP GREEN) by default:
	 * a crossing point is what analysts of all countries place routes on; an irregular one can be narrowed in the
	 * marking.
	 */
	public static BorderCrossing newCrossing(String country, double latitude, double longitude) {
		BorderCrossing crossing = IntelFactory.eINSTANCE.createBorderCrossing();
		crossing.setOwnerCountry(country);
		crossing.setCountry(country);
		crossing.setLatitude(latitude);
		crossing.setLongitude(longitude);
		crossing.setKind(CrossingKind.LAND);
		crossing.setStatus(CrossingStatus.OFFICIAL);
		crossing.setReleasability(Releasability.ALL_MEMBERS);
		crossing.setTlp(Tlp.GREEN);
		crossing.setHandlingCode(HandlingCode.H0);
		crossing.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		return crossing;
	}

	/** Every crossing the repository's user may see, by country and then by name in the user's collation. */
	public static List<BorderCrossing> visible(RecordRepository repository) {
		Collator collator = Collator.getInstance(Locale.getDefault());
		return repository.findAll(IntelPackage.Literals.BORDER_CROSSING, BorderCrossing.class).stream()
				.sorted(Comparator.comparing((BorderCrossing c) -> String.valueOf(c.getCountry()))
						.thenComparing(c -> String.valueOf(c.getName()), collator))
				.toList();
	}
}
