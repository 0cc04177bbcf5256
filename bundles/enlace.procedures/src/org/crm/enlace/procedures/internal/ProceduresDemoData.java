package org.crm.enlace.procedures.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresFactory;
import org.osgi.service.component.annotations.Component;

/**
 * Demo document procedures. They are FICTITIOUS: fees, times, requirements and fraud findings are invented and say
 * so; only the documents' names and issuing institutions are real. Guatemala enters the three documents the
 * compliance board requires, Mexico two of them (no national identity card), Costa Rica one, the others none, so the
 * board has complete, partial and missing countries to show. Their {@code specimenIds} are filled in by the specimens'
 * demo data once both are stored (enlace.specimens depends on this bundle, not the other way round).
 */
@Component(service = DemoDataContributor.class)
public final class ProceduresDemoData implements DemoDataContributor {

	/** Record content, not a program text: it stays in the language it was entered in. */
	static final String PROVENANCE = "datos de demostración ficticios";
	private static final String FICTITIOUS = "Trámite ficticio (datos de demostración): no describe el trámite real";

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		List<Record> records = new ArrayList<>();
		records.add(procedure("GTM", DocumentKind.PASSPORT, "Pasaporte", "Instituto Guatemalteco de Migración", "GTQ",
				"Documento Personal de Identificación (DPI)"));
		records.add(procedure("GTM", DocumentKind.NATIONAL_ID_CARD, "Documento Personal de Identificación (DPI)",
				"Registro Nacional de las Personas (RENAP)", "GTQ", "Certificado de nacimiento"));
		records.add(procedure("GTM", DocumentKind.MINOR_TRAVEL_PERMIT, "Permiso de salida de menores",
				"Instituto Guatemalteco de Migración", "GTQ", "Certificado de nacimiento del menor"));
		records.add(procedure("MEX", DocumentKind.PASSPORT, "Pasaporte", "Secretaría de Relaciones Exteriores", "MXN",
				"Acta de nacimiento"));
		records.add(procedure("MEX", DocumentKind.MINOR_TRAVEL_PERMIT,
				"Formato de Salida de Menores (Formato SAM)", "Instituto Nacional de Migración", "MXN",
				"Acta de nacimiento del menor"));
		records.add(procedure("CRI", DocumentKind.MINOR_TRAVEL_PERMIT, "Permiso de salida de menores",
				"Dirección General de Migración y Extranjería", "CRC", "Certificado de nacimiento del menor"));
		return records;
	}

	private static DocumentProcedure procedure(String country, DocumentKind kind, String name, String authority,
			String currency, String breeder) {
		DocumentProcedure procedure = Procedures.newProcedure(country, kind);
		procedure.setHandlingCode(HandlingCode.H0);
		procedure.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		procedure.setProvenance(PROVENANCE);
		procedure.setDocumentName(name);
		procedure.setIssuingAuthority(authority);
		procedure.getRequirements().add(FICTITIOUS);
		procedure.getRequirements().add("Cita previa (ficticio)");
		procedure.getBreederDocuments().add(breeder);
		procedure.getFees().add(fee("555.00", currency, "adultos (ficticio)"));
		procedure.getFees().add(fee("55.50", currency, "menores de edad (ficticio)"));
		procedure.setProcessingTime("5 días hábiles (ficticio)");
		procedure.getValidities().add(validity(0, 17, 36));
		procedure.getValidities().add(validity(18, null, 72));
		procedure.getFraudSeen().add("Certificados de nacimiento obtenidos con testigos falsos (hallazgo ficticio)");
		return procedure;
	}

	private static Fee fee(String amount, String currency, String appliesTo) {
		Fee fee = ProceduresFactory.eINSTANCE.createFee();
		fee.setAmount(new BigDecimal(amount));
		fee.setCurrency(currency);
		fee.setAppliesTo(appliesTo);
		return fee;
	}

	private static AgeValidity validity(int from, Integer to, int months) {
		AgeValidity validity = ProceduresFactory.eINSTANCE.createAgeValidity();
		validity.setFromAge(from);
		validity.setToAge(to);
		validity.setValidityMonths(months);
		return validity;
	}
}
