package org.crm.enlace.specimens.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.specimens.model.DetectionPlace;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentFormat;
import org.crm.enlace.specimens.model.FalseDocumentKind;

/**
 * The demo register's documents and alerts, all FICTITIOUS: a passport for every member, an identity card where the
 * country issues one (Belize, Canada, Mexico and the United States have no national identity card, so the board shows
 * them partial), a minors' travel permit for Guatemala and Mexico and a border crossing card for the United States.
 * Holders are called ESPECIMEN, numbers start with X; only the documents' names are real.
 */
public final class DemoRegister {

	public static final List<String> MEMBERS = List.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX", "NIC",
			"PAN", "USA");

	/** The identity cards, by their names in the issuing country. */
	private static final Map<String, String> IDENTITY_CARDS = Map.of("CRI", "Cédula de identidad", "DOM",
			"Cédula de identidad y electoral", "SLV", "Documento Único de Identidad (DUI)", "GTM",
			"Documento Personal de Identificación (DPI)", "HND", "Documento Nacional de Identificación (DNI)", "NIC",
			"Cédula de identidad", "PAN", "Cédula de identidad personal");

	private static final String[] GIVEN_NAMES = { "ANA", "LUIS", "MARIA", "JOSE", "CARMEN", "PEDRO" };
	private static final String[] SECOND_SURNAMES = { "MUESTRA", "EJEMPLO", "PRUEBA" };

	/** A false document a member found, imitating one of another member's demo documents. */
	public record Alert(String reporter, FalseDocumentKind kind, DemoDocument imitated, PageKind page,
			DetectionPlace placeKind, String place, LocalDate detectedOn) {
	}

	private DemoRegister() {
	}

	public static List<DemoDocument> documents(LocalDate today) {
		List<DemoDocument> documents = new ArrayList<>();
		for (int i = 0; i < MEMBERS.size(); i++) {
			String country = MEMBERS.get(i);
			documents.add(document(country, "passport", DocumentCategory.PASSPORT, "P", DocumentFormat.TD3,
					"Pasaporte ordinario (espécimen ficticio)", "PASAPORTE · PASSPORT", i, 0, today,
					List.of(PageKind.DATA_PAGE)));
			String card = IDENTITY_CARDS.get(country);
			if (card != null) {
				documents.add(document(country, "identity-card", DocumentCategory.IDENTITY_CARD, "ID",
						DocumentFormat.TD1, card + " (espécimen ficticio)", "IDENTIDAD · IDENTITY", i, 1, today,
						List.of(PageKind.CARD_FRONT, PageKind.CARD_BACK)));
			}
		}
		documents.add(document("GTM", "minor-permit", DocumentCategory.MINOR_TRAVEL_PERMIT, "X", DocumentFormat.OTHER,
				"Permiso de salida de menores (espécimen ficticio)", "PERMISO DE MENORES · MINOR PERMIT", 5, 2, today,
				List.of(PageKind.PERMIT)));
		documents.add(document("MEX", "minor-permit", DocumentCategory.MINOR_TRAVEL_PERMIT, "X", DocumentFormat.OTHER,
				"Formato de Salida de Menores (espécimen ficticio)", "SALIDA DE MENORES · MINOR EXIT", 7, 2, today,
				List.of(PageKind.PERMIT)));
		documents.add(document("USA", "border-crossing-card", DocumentCategory.BORDER_CROSSING_CARD, "C",
				DocumentFormat.TD1, "Border Crossing Card (espécimen ficticio)", "BORDER CROSSING CARD", 10, 3, today,
				List.of(PageKind.CARD_FRONT, PageKind.CARD_BACK)));
		return documents;
	}

	/** Three counterfeits, each found by a member other than the issuer. */
	public static List<Alert> alerts(List<DemoDocument> documents, LocalDate today) {
		return List.of(
				new Alert("MEX", FalseDocumentKind.COUNTERFEIT, find(documents, "GTM", "passport"),
						PageKind.DATA_PAGE, DetectionPlace.AIRPORT, "Aeropuerto de demostración (ficticio)",
						today.minusDays(40)),
				new Alert("CRI", FalseDocumentKind.COUNTERFEIT, find(documents, "NIC", "identity-card"),
						PageKind.CARD_FRONT, DetectionPlace.LAND_BORDER, "Puesto fronterizo de demostración (ficticio)",
						today.minusDays(75)),
				new Alert("USA", FalseDocumentKind.COUNTERFEIT, find(documents, "HND", "passport"),
						PageKind.DATA_PAGE, DetectionPlace.SEAPORT, "Puerto de demostración (ficticio)",
						today.minusDays(12)));
	}

	private static DemoDocument find(List<DemoDocument> documents, String country, String key) {
		return documents.stream().filter(d -> d.country().equals(country) && d.key().equals(key)).findFirst()
				.orElseThrow();
	}

	private static DemoDocument document(String country, String key, DocumentCategory category, String code,
			DocumentFormat format, String name, String title, int countryIndex, int documentIndex, LocalDate today,
			List<PageKind> pages) {
		LocalDate issued = today.minusMonths(8 + countryIndex).withDayOfMonth(1 + countryIndex);
		Holder holder = new Holder("ESPECIMEN " + SECOND_SURNAMES[countryIndex % SECOND_SURNAMES.length],
				GIVEN_NAMES[(countryIndex + documentIndex) % GIVEN_NAMES.length],
				LocalDate.of(1980 + countryIndex * 2, 1 + documentIndex * 3, 10 + countryIndex),
				(countryIndex + documentIndex) % 2 == 0 ? 'F' : 'M', issued,
				issued.plusYears(category == DocumentCategory.PASSPORT ? 10 : 5).minusDays(1));
		String number = "X" + country.charAt(0) + String.format("%07d", 1000 + countryIndex * 1111 + documentIndex);
		return new DemoDocument(country, key, category, code, format, name, title, number, holder, pages);
	}
}
