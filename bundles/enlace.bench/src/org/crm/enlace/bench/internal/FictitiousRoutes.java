package org.crm.enlace.bench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.crm.enlace.geo.SimpleRoute;
import org.crm.enlace.geo.SimpleWaypoint;
import org.crm.enlace.geo.WaypointKind;

/**
 * Fictitious routes for the map benchmark, the same for the same seed and count, between real places of the
 * shipped gazetteer: an origin in Central or South America or the Caribbean, one to three transits in Guatemala and
 * Mexico from south to north, a crossing at a city of Mexico's northern border, a destination in the United States.
 * Like real reports, many share their places.
 */
final class FictitiousRoutes {

	private static final Set<String> ORIGINS = Set.of("HND", "GTM", "SLV", "NIC", "COL", "ECU", "VEN", "CUB", "HTI",
			"DOM");
	private static final Set<String> TRANSITS = Set.of("GTM", "MEX");
	private static final List<String> BORDER_CITIES = List.of("Tijuana", "Mexicali", "San Luis Río Colorado",
			"Nogales", "Agua Prieta", "Juárez", "Ojinaga", "Ciudad Acuña", "Piedras Negras", "Nuevo Laredo", "Reynosa");
	private static final List<String> TRANSPORT = List.of("bus", "truck", "car", "on foot", "boat", "air");
	private static final int ORIGIN_POPULATION = 20_000;
	private static final int TRANSIT_POPULATION = 20_000;
	private static final int DESTINATION_POPULATION = 100_000;

	private FictitiousRoutes() {
	}

	static List<SimpleRoute> make(long seed, int count) {
		Gazetteer gazetteer = Gazetteer.shipped();
		List<Place> origins = places(gazetteer, ORIGINS, ORIGIN_POPULATION);
		List<Place> transits = places(gazetteer, TRANSITS, TRANSIT_POPULATION);
		List<Place> destinations = places(gazetteer, Set.of("USA"), DESTINATION_POPULATION);
		List<Place> crossings = BORDER_CITIES.stream()
				.map(name -> gazetteer.find(name, "MEX", 20).stream().filter(p -> p.name().equals(name)).findFirst()
						.orElseThrow(() -> new IllegalStateException(name)))
				.toList();
		Random random = new Random(seed);
		List<SimpleRoute> routes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			List<SimpleWaypoint> waypoints = new ArrayList<>();
			waypoints.add(SimpleWaypoint.at(pick(random, origins), WaypointKind.ORIGIN, pick(random, TRANSPORT)));
			List<Place> through = new ArrayList<>();
			for (int t = 1 + random.nextInt(3); t > 0; t--) {
				through.add(pick(random, transits));
			}
			through.sort(Comparator.comparingDouble(Place::latitude));
			through.forEach(p -> waypoints.add(SimpleWaypoint.at(p, WaypointKind.TRANSIT, pick(random, TRANSPORT))));
			waypoints.add(SimpleWaypoint.at(pick(random, crossings), WaypointKind.BORDER_CROSSING, "on foot"));
			waypoints.add(SimpleWaypoint.at(pick(random, destinations), WaypointKind.DESTINATION, ""));
			routes.add(new SimpleRoute("ficticia " + (i + 1), waypoints));
		}
		return routes;
	}

	private static List<Place> places(Gazetteer gazetteer, Set<String> countries, int population) {
		List<Place> places = new ArrayList<>();
		for (String country : countries.stream().sorted().toList()) {
			gazetteer.find("", country, Integer.MAX_VALUE).stream().filter(p -> p.population() >= population)
					.forEach(places::add);
		}
		return places;
	}

	private static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
