package org.crm.enlace.procedures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Record;
import org.crm.enlace.procedures.ProcedureValidator;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Procedures in a real (Derby) store: every attribute comes back, only the issuing country writes them. */
class ProcedureStoreTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final NodeKeys KEYS = NodeKeys.generate();
	private static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	private static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.ANALYST);

	@TempDir
	Path data;

	@Test
	void aProcedureComesBackWithEveryAttributeAndItsListsInOrder() {
		DocumentProcedure saved;
		try (RecordStore store = open(GUATEMALA)) {
			saved = store.save(ProcedureValidatorTest.valid());
		}
		try (RecordStore store = open(MEXICO)) {
			List<DocumentProcedure> read = Procedures.of(store, "GTM");
			assertEquals(1, read.size(), "released to all members: Mexico reads it");
			DocumentProcedure back = read.getFirst();
			assertEquals(saved.getId(), back.getId());
			assertEquals(DocumentKind.PASSPORT, back.getDocumentKind());
			assertEquals("Instituto Guatemalteco de Migración", back.getIssuingAuthority());
			assertEquals(List.of("Documento Personal de Identificación"), back.getBreederDocuments());
			assertEquals(0, new BigDecimal("555.00").compareTo(back.getFees().getFirst().getAmount()));
			assertEquals("GTQ", back.getFees().getFirst().getCurrency());
			assertEquals(2, back.getValidities().size());
			assertEquals(null, back.getValidities().get(1).getToAge());
			assertEquals(72, back.getValidities().get(1).getValidityMonths());
			assertEquals(List.of("Hallazgo ficticio"), back.getFraudSeen());
			assertEquals(List.of("00000000-0000-0000-0000-000000000001"), back.getSpecimenIds());
			assertEquals(EnumSet.of(DocumentKind.NATIONAL_ID_CARD, DocumentKind.MINOR_TRAVEL_PERMIT),
					Procedures.missingRequired(store, "GTM"));
			back.setProcessingTime("otro");
			StoreException refused = assertThrows(StoreException.class, () -> store.save(back));
			assertEquals(StoreException.Reason.FORBIDDEN, refused.reason());
		}
	}

	@Test
	void theDemoProceduresAreValidAndSayTheyAreFictitious() {
		List<Record> demo = Services.all(DemoDataContributor.class).stream()
				.flatMap(c -> c.demoRecords(CLOCK).stream()).filter(DocumentProcedure.class::isInstance).toList();
		assertTrue(demo.size() >= 3, "demo procedures: " + demo.size());
		for (Record record : demo) {
			DocumentProcedure procedure = (DocumentProcedure) record;
			assertEquals(List.of(), ProcedureValidator.validate(procedure));
			assertTrue(procedure.getRequirements().getFirst().contains("ficticio"));
		}
	}

	private RecordStore open(CurrentUser user) {
		return Services.await(RecordStoreFactory.class, 10_000).orElseThrow().open(data, user, KEYS, CLOCK);
	}
}
