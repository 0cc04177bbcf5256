package org.crm.enlace.cotravel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.VerificationResult;
import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.exchange.ExchangeSchemas;
import org.crm.enlace.exchange.ImportResult;
import org.crm.enlace.exchange.RecordTypes;
import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** An alert in the common exchange format: its shipped schema validates it, and a bad value is refused. */
class CoTravelExchangeTest {

	@Test
	void anAlertIsWrittenValidatedAndReadBack() {
		assertTrue(ExchangeSchemas.shipped(ExchangeSchemas.fileName(CoTravelPackage.Literals.CO_TRAVEL_ALERT))
				.isPresent(), "the alert's schema is shipped");
		assertTrue(RecordTypes.all().contains(CoTravelPackage.Literals.CO_TRAVEL_ALERT));
		CoTravelAlert alert = CoTravelStores.airportAlert();
		alert.setId("00000000-0000-4000-8000-000000000042");
		CoTravelAlerts.addEvidence(alert, EvidenceKind.BIRTH_CERTIFICATE, alert.getChildren().get(0))
				.setResult(VerificationResult.VERIFIED);
		alert.getIndicators().add("accounts-differ");

		ImportResult result = ExchangeDocuments.read(ExchangeDocuments.write(List.of(alert)));

		assertEquals(List.of(), result.problems());
		CoTravelAlert back = (CoTravelAlert) result.records().getFirst();
		assertTrue(EcoreUtil.equals(alert, back));
		assertSame(back.getChildren().get(0), back.getEvidence().get(0).getChild(), "references survive");
	}

	@Test
	void aChildsBadNationalityIsRefusedByTheSchemaWithoutItsValue() {
		CoTravelAlert alert = CoTravelStores.airportAlert();
		alert.setId("00000000-0000-4000-8000-000000000043");
		alert.getChildren().get(0).getPerson().setNationality("Honduras");

		ImportResult result = ExchangeDocuments.read(ExchangeDocuments.write(List.of(alert)));

		assertFalse(result.isValid());
		assertTrue(result.records().isEmpty());
		assertFalse(result.problems().toString().contains("Honduras"), result.problems().toString());
	}
}
