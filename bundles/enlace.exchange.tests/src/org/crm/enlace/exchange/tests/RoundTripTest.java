package org.crm.enlace.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.exchange.ImportResult;
import org.crm.enlace.exchange.RecordJson;
import org.crm.enlace.exchange.RecordTypes;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Every record type goes to JSON, validates against its shipped schema and comes back equal. */
class RoundTripTest {

	@Test
	void aPopulatedRecordOfEveryTypeRoundTripsThroughAValidatedDocument() {
		List<EClass> types = RecordTypes.all();
		assertTrue(types.size() >= 13, "record types found: " + types);
		List<Record> records = new ArrayList<>();
		types.forEach(type -> records.add(SampleRecords.populated(type)));

		ImportResult result = ExchangeDocuments.read(ExchangeDocuments.write(records));

		assertEquals(List.of(), result.problems());
		assertEquals(records.size(), result.records().size());
		for (int i = 0; i < records.size(); i++) {
			assertTrue(EcoreUtil.equals(records.get(i), result.records().get(i)), types.get(i).getName());
		}
	}

	@Test
	void handMadeSpecimenProcedureAndEntryRuleRoundTrip() {
		List<Record> records = List.of(HandMadeRecords.passportSpecimen(), HandMadeRecords.passportProcedure(),
				HandMadeRecords.entryRule());

		ImportResult result = ExchangeDocuments.read(ExchangeDocuments.write(records));

		assertEquals(List.of(), result.problems());
		for (int i = 0; i < records.size(); i++) {
			assertTrue(EcoreUtil.equals(records.get(i), result.records().get(i)), records.get(i).eClass().getName());
		}
	}

	@Test
	void theJsonIsShapedByTheModel() {
		JsonObject specimen = RecordJson.write(HandMadeRecords.passportSpecimen());

		assertEquals("http://crm-enlace.org/model/specimens/1.0#DocumentSpecimen", specimen.get("type").getAsString());
		assertEquals("PASSPORT", specimen.get("category").getAsString());
		assertEquals("2023-01-09", specimen.get("firstIssued").getAsString());
		assertEquals("2026-02-03T10:15:30Z", specimen.get("createdAt").getAsString());
		assertEquals(32, specimen.get("pageCount").getAsInt());
		JsonObject page = specimen.getAsJsonArray("pages").get(0).getAsJsonObject();
		assertEquals("/pages/0/images/1",
				page.getAsJsonArray("callouts").get(0).getAsJsonObject().get("image").getAsString());
		// Absent values are omitted; a required enum at its default value is still written.
		assertTrue(!specimen.has("withdrawnOn") && !specimen.has("modifiedAt"), specimen.keySet().toString());
		JsonObject exception = RecordJson.write(HandMadeRecords.entryRule()).getAsJsonArray("exceptions").get(0)
				.getAsJsonObject();
		assertEquals("US_VISA_OR_RESIDENCE", exception.get("kind").getAsString());
	}
}
