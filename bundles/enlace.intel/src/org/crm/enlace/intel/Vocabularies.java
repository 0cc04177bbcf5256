package org.crm.enlace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.internal.Messages;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * The controlled vocabularies of the reports and the terms the Secretariat seeds them with. Vocabularies are data:
 * these are only the first terms; the Secretariat or a country adds more as {@link VocabularyTerm} records.
 */
public final class Vocabularies {

	public static final String MODUS_OPERANDI = "modus-operandi";
	public static final String SMUGGLER_ROLE = "smuggler-role";
	public static final String TRANSPORT = "transport";

	/** Vocabulary, code, Spanish label, English label: the modus operandi, roles and ways of travelling. */
	private static final String[][] SEED = {
			{ MODUS_OPERANDI, "vehicle-concealment", "Ocultamiento en vehículos", "Concealment in vehicles" },
			{ MODUS_OPERANDI, "guides", "Guías (coyotes, polleros)", "Guides" },
			{ MODUS_OPERANDI, "fraudulent-documents", "Documentos fraudulentos", "Fraudulent documents" },
			{ MODUS_OPERANDI, "borrowed-documents", "Documentos prestados", "Borrowed documents" },
			{ MODUS_OPERANDI, "impostor", "Impostores", "Impostors" },
			{ MODUS_OPERANDI, "fraudulently-obtained-genuine", "Documentos auténticos obtenidos de forma fraudulenta",
					"Fraudulently obtained genuine documents" },
			{ MODUS_OPERANDI, "visa-abuse", "Abuso de visas", "Visa abuse" },
			{ MODUS_OPERANDI, "irregular-crossing", "Pasos fronterizos irregulares", "Irregular crossing points" },
			{ MODUS_OPERANDI, "messaging-apps", "Uso de aplicaciones de mensajería", "Use of messaging apps" },
			{ MODUS_OPERANDI, "fees-payments", "Tarifas y medios de pago", "Fees and payment methods" },
			{ SMUGGLER_ROLE, "organizer", "Organizador", "Organizer" },
			{ SMUGGLER_ROLE, "recruiter", "Reclutador", "Recruiter" },
			{ SMUGGLER_ROLE, "guide", "Guía", "Guide" },
			{ SMUGGLER_ROLE, "driver", "Conductor o transportista", "Driver or transporter" },
			{ SMUGGLER_ROLE, "boat-operator", "Lanchero", "Boat operator" },
			{ SMUGGLER_ROLE, "lodging", "Encargado de alojamiento", "Safe-house keeper" },
			{ SMUGGLER_ROLE, "document-forger", "Falsificador de documentos", "Document forger" },
			{ SMUGGLER_ROLE, "money-collector", "Cobrador", "Money collector" },
			{ SMUGGLER_ROLE, "corrupt-official", "Funcionario corrupto", "Corrupt official" },
			{ TRANSPORT, "on-foot", "A pie", "On foot" },
			{ TRANSPORT, "bus", "Autobús", "Bus" },
			{ TRANSPORT, "car", "Automóvil", "Car" },
			{ TRANSPORT, "truck", "Camión o tráiler", "Truck or trailer" },
			{ TRANSPORT, "boat", "Lancha o embarcación", "Boat" },
			{ TRANSPORT, "flight", "Vuelo", "Flight" },
			{ TRANSPORT, "train", "Tren", "Train" } };

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Vocabularies() {
	}

	/** The seeded terms, owned by the Secretariat and shared with every member, with ids every node agrees on. */
	public static List<VocabularyTerm> seed() {
		List<VocabularyTerm> terms = new ArrayList<>();
		for (String[] row : SEED) {
			terms.add(seedTerm(row[0], row[1], row[2], row[3]));
		}
		return terms;
	}

	/**
	 * A term the Secretariat seeds, with an id every node agrees on: how another area (specimens' security features)
	 * seeds a vocabulary of its own.
	 */
	public static VocabularyTerm seedTerm(String vocabulary, String code, String labelEs, String labelEn) {
		VocabularyTerm term = newTerm(vocabulary, code, labelEs, labelEn);
		term.setId(ReferenceData.stableId("vocabulary-term", vocabulary + "/" + code));
		term.setOwnerCountry(Owners.SECRETARIAT);
		term.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		term.setProvenance("Enlace");
		return term;
	}

	/**
	 * A new term, shared with every member (TLP GREEN, H0): a vocabulary is only useful when others can read the
	 * reports that use it. The store makes the user's organization its owner.
	 */
	public static VocabularyTerm newTerm(String vocabulary, String code, String labelEs, String labelEn) {
		VocabularyTerm term = IntelFactory.eINSTANCE.createVocabularyTerm();
		term.setVocabulary(vocabulary);
		term.setCode(code);
		term.setLabelEs(labelEs);
		term.setLabelEn(labelEn);
		term.setReleasability(Releasability.NETWORK);
		term.setTlp(Tlp.GREEN);
		term.setHandlingCode(HandlingCode.H0);
		return term;
	}

	/**
	 * What is wrong with a term a country or the Secretariat adds: a code that is not lower-case words joined by
	 * hyphens, a code its vocabulary already has (reports refer to terms by code, so one code means one term), a
	 * missing label.
	 */
	public static List<Problem> validate(VocabularyTerm term, Terms existing) {
		List<Problem> problems = new ArrayList<>();
		String code = term.getCode();
		if (code == null || !CODE.matcher(code).matches()) {
			problems.add(new Problem("code", Messages.get("vocabulary.code")));
		} else if (existing.find(term.getVocabulary(), code).filter(t -> !t.getId().equals(term.getId()))
				.isPresent()) {
			problems.add(new Problem("code", Messages.format("vocabulary.duplicate", code, term.getVocabulary())));
		}
		if (blank(term.getLabelEs()) || blank(term.getLabelEn())) {
			problems.add(new Problem("labelEs", Messages.get("vocabulary.labels")));
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
