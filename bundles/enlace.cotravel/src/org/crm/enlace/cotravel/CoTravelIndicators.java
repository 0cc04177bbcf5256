package org.crm.enlace.cotravel;

import java.util.Arrays;
import java.util.List;

import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.VocabularyTerm;

/**
 * The vocabulary of what an officer may observe when a child travels with adults: intel's {@link VocabularyTerm}
 * data, as the specimens' security features are. The first terms are written for Enlace, in neutral words, after
 * the kind of guidance published for border guards (e.g. Frontex's VEGA handbook on children at airports), not
 * copied from it; none is a finding on its own, and the vocabulary grows as data.
 */
public final class CoTravelIndicators {

	/** The vocabulary's name among intel's vocabularies. */
	public static final String VOCABULARY = "cotravel-indicator";

	/** Code, Spanish name, English name. */
	private static final String[][] SEED = {
			{ "child-unaware-adult-name", "El menor no sabe el nombre del adulto",
					"The child does not know the adult's name" },
			{ "accounts-differ", "Los relatos del menor y del adulto no coinciden",
					"The child's and the adult's accounts differ" },
			{ "adult-answers-for-child", "El adulto responde siempre por el menor",
					"The adult always answers for the child" },
			{ "child-fearful-or-withdrawn", "El menor se muestra temeroso o retraído",
					"The child seems fearful or withdrawn" },
			{ "tickets-cash-last-minute", "Boletos pagados en efectivo poco antes de la salida",
					"Tickets bought in cash shortly before departure" },
			{ "one-way-no-return", "Viaje solo de ida sin plan de regreso claro",
					"One-way journey without a clear plan to return" },
			{ "documents-held-by-adult", "El adulto guarda los documentos del menor y no se los deja ver",
					"The adult keeps the child's documents and does not let the child see them" },
			{ "new-or-altered-document", "Documento del menor recién expedido o con señales de alteración",
					"The child's document was issued very recently or shows signs of alteration" },
			{ "destination-unknown-to-child", "El menor no sabe a dónde va ni con quién se quedará",
					"The child does not know where they are going or who they will stay with" },
			{ "little-luggage", "Equipaje escaso o inadecuado para el viaje declarado",
					"Little or unsuitable luggage for the journey described" },
			{ "met-at-border", "El adulto conoció al menor o lo recibió en la frontera o el aeropuerto",
					"The adult met or received the child at the border or the airport" },
			{ "repeat-traveller-different-children", "El adulto ha viajado antes con otros menores",
					"The adult has travelled before with other children" },
			{ "coached-answers", "Respuestas del menor que parecen aprendidas",
					"The child's answers seem rehearsed" } };

	private CoTravelIndicators() {
	}

	/** The Secretariat's first terms, with ids every node agrees on. */
	public static List<VocabularyTerm> seed() {
		return Arrays.stream(SEED).map(row -> Vocabularies.seedTerm(VOCABULARY, row[0], row[1], row[2])).toList();
	}
}
