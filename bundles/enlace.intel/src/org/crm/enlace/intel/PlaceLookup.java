package org.crm.enlace.intel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.IntelPackage;

/**
 * Finds the places a route step can be: the border crossing points users added (first: they are what the gazetteer
 * lacks) and the shipped gazetteer's, by the start of their name, case and accents ignored.
 */
public final class PlaceLookup {

	/** The feature code given to a user's border crossing, so that lists can tell it from a GeoNames place. */
	public static final String BORDER_CROSSING = "BORDER_CROSSING";

	private final List<BorderCrossing> crossings;
	private final Gazetteer gazetteer;

	public PlaceLookup(List<BorderCrossing> crossings, Gazetteer gazetteer) {
		this.crossings = List.copyOf(crossings);
		this.gazetteer = gazetteer;
	}

	/** The crossings the repository's user may see and the shipped gazetteer. */
	public static PlaceLookup of(RecordRepository repository) {
		return new PlaceLookup(repository.findAll(IntelPackage.Literals.BORDER_CROSSING, BorderCrossing.class),
				Gazetteer.shipped());
	}

	/** At most {@code limit} places whose name starts with {@code prefix}. */
	public List<Place> find(String prefix, int limit) {
		String folded = fold(prefix);
		List<Place> found = new ArrayList<>();
		crossings.stream().filter(c -> c.getName() != null && fold(c.getName()).startsWith(folded)).limit(limit)
				.map(PlaceLookup::place).forEach(found::add);
		found.addAll(gazetteer.find(prefix, "", limit - found.size()));
		return found;
	}

	/** A crossing as a place of the lookup and the map, told apart by its feature code {@link #BORDER_CROSSING}. */
	public static Place place(BorderCrossing crossing) {
		return new Place(0, crossing.getName(), crossing.getCountry(), "", BORDER_CROSSING, crossing.getLatitude(),
				crossing.getLongitude(), 0);
	}

	/** Case and accents ignored: "Tecún Umán" and "TECUN UMAN" are one name. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
				.strip();
	}
}
