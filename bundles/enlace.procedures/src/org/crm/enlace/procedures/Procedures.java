package org.crm.enlace.procedures;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.procedures.internal.Messages;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.ProceduresFactory;
import org.crm.enlace.procedures.model.ProceduresPackage;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/** Reads and starts document procedures (work plan item 1.4.2). */
public final class Procedures {

	/** What the compliance board requires of every member: the documents people travel and are smuggled on. */
	public static final Set<DocumentKind> REQUIRED = EnumSet.of(DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID_CARD,
			DocumentKind.MINOR_TRAVEL_PERMIT);

	private Procedures() {
	}

	/** Every procedure the user may see, by issuing country and document kind. */
	public static List<DocumentProcedure> all(RecordRepository repository) {
		return repository.findAll(ProceduresPackage.Literals.DOCUMENT_PROCEDURE, DocumentProcedure.class).stream()
				.sorted(Comparator.comparing(DocumentProcedure::getIssuingCountry)
						.thenComparing(DocumentProcedure::getDocumentKind))
				.toList();
	}

	/** One country's procedures, read by the issuing-country index. */
	public static List<DocumentProcedure> of(RecordRepository repository, String country) {
		return repository.find(RecordQuery.of(ProceduresPackage.Literals.DOCUMENT_PROCEDURE)
				.where(ProceduresPackage.Literals.DOCUMENT_PROCEDURE__ISSUING_COUNTRY, country),
				DocumentProcedure.class);
	}

	/** The required kinds a country has not entered yet, in the enum's order. */
	public static Set<DocumentKind> missingRequired(RecordRepository repository, String country) {
		Set<DocumentKind> missing = EnumSet.copyOf(REQUIRED);
		of(repository, country).forEach(p -> missing.remove(p.getDocumentKind()));
		return missing;
	}

	/** The kind's name for the user, e.g. "permiso de viaje de menores". */
	public static String label(DocumentKind kind) {
		return Messages.get("kind." + kind.name());
	}

	/**
	 * A new, unsaved procedure of the user's country: released to all members, TLP GREEN. How documents are
	 * obtained is the network's shared knowledge; where fraud was seen may call for a stricter marking, which the
	 * owner sets in the editor.
	 */
	public static DocumentProcedure newProcedure(String country, DocumentKind kind) {
		DocumentProcedure procedure = ProceduresFactory.eINSTANCE.createDocumentProcedure();
		procedure.setOwnerCountry(country);
		procedure.setIssuingCountry(country);
		procedure.setDocumentKind(kind);
		procedure.setReleasability(Releasability.ALL_MEMBERS);
		procedure.setTlp(Tlp.GREEN);
		return procedure;
	}
}
