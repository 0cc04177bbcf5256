package org.crm.enlace.records.tests;

import static org.crm.enlace.records.tests.Records.EN;
import static org.crm.enlace.records.tests.Records.ES;
import static org.crm.enlace.records.tests.Records.T2;
import static org.crm.enlace.records.tests.Records.scrubbed;
import static org.crm.enlace.records.tests.Records.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.records.AttributeChange;
import org.crm.enlace.records.VersionDetail;
import org.crm.enlace.records.VersionRow;
import org.junit.jupiter.api.Test;

class VersionDetailTest {

	private final ContactPoint first = Records.contact();
	private final ContactPoint second = changed(first);
	private final ContactPoint deleted = Records.nextVersion(second, T2.plusSeconds(60), "gtm.liaison");
	private final List<RecordVersion> history = List.of(version(first, Operation.CREATE),
			version(second, Operation.UPDATE), version(deleted, Operation.DELETE));

	@Test
	void eachVersionIsComparedWithTheOneBeforeIt() {
		VersionDetail update = VersionDetail.of(history, 1, ES);
		assertEquals(1, update.comparedWith());
		assertEquals(List.of("Correo electrónico"), update.changes().stream().map(AttributeChange::label).toList());
		assertEquals("Versión 2: cambios respecto de la versión 1.", update.heading(ES));
		assertEquals("Version 2: changes since version 1.", update.heading(EN));

		VersionDetail deletion = VersionDetail.of(history, 2, ES);
		assertEquals(List.of(), deletion.changes());
		assertEquals("Versión 3: ningún atributo cambió respecto de la versión 2.", deletion.heading(ES));
	}

	@Test
	void theFirstVersionShowsItsInitialValues() {
		VersionDetail creation = VersionDetail.of(history, 0, ES);
		assertEquals(-1, creation.comparedWith());
		assertTrue(creation.changes().stream().anyMatch(c -> c.newValue().equals("Persona Ficticia")));
		assertEquals("Versión 1 (creación): valores iniciales.", creation.heading(ES));
	}

	@Test
	void whenEarlierVersionsAreNotVisibleTheFirstVisibleOneSaysSo() {
		VersionDetail detail = VersionDetail.of(List.of(version(second, Operation.UPDATE)), 0, ES);
		assertFalse(detail.changes().isEmpty());
		assertEquals("Versión 2: las versiones anteriores no le son visibles; se muestran sus valores.",
				detail.heading(ES));
	}

	@Test
	void aScrubbedVersionSaysSoAndShowsNoContent() {
		List<RecordVersion> scrubbedHistory = List.of(scrubbed(first, Operation.CREATE),
				scrubbed(second, Operation.UPDATE));
		for (int i = 0; i < scrubbedHistory.size(); i++) {
			VersionDetail detail = VersionDetail.of(scrubbedHistory, i, ES);
			assertTrue(detail.scrubbed());
			assertEquals(List.of(), detail.changes());
			assertEquals("Versión " + (i + 1) + ": su contenido fue depurado y ya no se conserva.", detail.heading(ES));
		}
		VersionRow row = VersionRow.of(scrubbedHistory.get(1), ES);
		assertEquals("Depurado: sin contenido", row.content());
		assertEquals("Scrubbed: no content", VersionRow.of(scrubbedHistory.get(1), EN).content());
	}

	@Test
	void aVersionRowHasItsDateInIsoUtcToTheSecondAndItsOperationInWords() {
		VersionRow row = VersionRow.of(history.get(0), ES);
		assertEquals(new VersionRow(1, "2026-11-20T09:15:30Z", "gtm.liaison", "Creación", ""), row);
		assertEquals("Deleted", VersionRow.of(history.get(2), EN).operation());
		assertEquals("Modificación", VersionRow.of(history.get(1), ES).operation());
	}

	private static ContactPoint changed(ContactPoint contact) {
		ContactPoint next = Records.nextVersion(contact, T2, "gtm.analyst");
		next.setEmail("enlace2@example.org");
		return next;
	}
}
