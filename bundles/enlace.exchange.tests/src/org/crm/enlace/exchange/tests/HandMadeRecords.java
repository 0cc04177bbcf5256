package org.crm.enlace.exchange.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.crm.enlace.entry.model.EntryException;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.ExceptionKind;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresFactory;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentFormat;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensFactory;

/** Records as the work areas write them (partly filled, as real ones are), with fictitious values. */
final class HandMadeRecords {

	private HandMadeRecords() {
	}

	/** A passport specimen whose callout points at an image of its page, under UV light. */
	static DocumentSpecimen passportSpecimen() {
		DocumentSpecimen specimen = SpecimensFactory.eINSTANCE.createDocumentSpecimen();
		stamp(specimen, "6f1c1d8e-2b9a-4c47-9d51-0c1f6a1e2b01", "GTM");
		specimen.setDocumentCode("P");
		specimen.setIssuingState("GTM");
		specimen.setCategory(DocumentCategory.PASSPORT);
		specimen.setDocumentName("Pasaporte ordinario");
		specimen.setFirstIssued(LocalDate.of(2023, 1, 9));
		specimen.setStillValid(true);
		specimen.setFormat(DocumentFormat.TD3);
		specimen.setPageCount(32);
		SpecimenPage page = SpecimensFactory.eINSTANCE.createSpecimenPage();
		page.setNumber(2);
		page.setLabel("Página de datos");
		PageImage visible = image(Light.VISIBLE, "a1");
		PageImage ultraviolet = image(Light.UV_365, "a2");
		page.getImages().add(visible);
		page.getImages().add(ultraviolet);
		Callout callout = SpecimensFactory.eINSTANCE.createCallout();
		callout.setNumber(1);
		callout.setImage(ultraviolet);
		callout.setX(120);
		callout.setY(80);
		callout.setWidth(40);
		callout.setHeight(30);
		callout.setLight(Light.UV_365);
		callout.setDescriptionEs("Quetzal fluorescente");
		page.getCallouts().add(callout);
		specimen.getPages().add(page);
		return specimen;
	}

	private static PageImage image(Light light, String attachment) {
		PageImage image = SpecimensFactory.eINSTANCE.createPageImage();
		image.setLight(light);
		image.setAttachmentId(attachment);
		image.setWidth(1600);
		image.setHeight(1120);
		return image;
	}

	static DocumentProcedure passportProcedure() {
		DocumentProcedure procedure = ProceduresFactory.eINSTANCE.createDocumentProcedure();
		stamp(procedure, "3c7a9b20-1d4e-4f60-8a3b-5e2d1c0b9a02", "HND");
		procedure.setIssuingCountry("HND");
		procedure.setDocumentKind(DocumentKind.PASSPORT);
		procedure.setDocumentName("Pasaporte");
		procedure.setIssuingAuthority("Instituto Nacional de Migración");
		procedure.getRequirements().add("Documento nacional de identificación");
		procedure.getRequirements().add("Fotografía reciente");
		Fee fee = ProceduresFactory.eINSTANCE.createFee();
		fee.setAmount(new BigDecimal("1085.00"));
		fee.setCurrency("HNL");
		fee.setAppliesTo("10 años");
		procedure.getFees().add(fee);
		AgeValidity minors = ProceduresFactory.eINSTANCE.createAgeValidity();
		minors.setFromAge(0);
		minors.setToAge(17);
		minors.setValidityMonths(60);
		procedure.getValidities().add(minors);
		return procedure;
	}

	/** Salvadorans entering Costa Rica: a visa, unless they hold one of the United States (first enum literal). */
	static EntryRule entryRule() {
		EntryRule rule = EntryFactory.eINSTANCE.createEntryRule();
		stamp(rule, "9b8e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e03", "CRI");
		rule.setDestination("CRI");
		rule.setNationality("SLV");
		rule.setRequirement(Requirement.VISA_REQUIRED);
		rule.setMaxStayDays(90);
		EntryException exception = EntryFactory.eINSTANCE.createEntryException();
		exception.setKind(ExceptionKind.US_VISA_OR_RESIDENCE);
		exception.setRequirement(Requirement.VISA_FREE);
		exception.setDescription("Visa de EE. UU. vigente (múltiples entradas)");
		rule.getExceptions().add(exception);
		rule.setEffectiveFrom(LocalDate.of(2025, 7, 1));
		return rule;
	}

	private static void stamp(Record record, String id, String owner) {
		record.setId(id);
		record.setOwnerCountry(owner);
		record.setCreatedAt(Instant.parse("2026-02-03T10:15:30Z"));
		record.setVersion(3);
		record.setReleasability(Releasability.ALL_MEMBERS);
	}
}
