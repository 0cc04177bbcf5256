package org.crm.enlace.specimens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's "specimens" space is this area's, no longer the placeholder, and counts passport and ID card. */
class SpecimensComplianceTest {

	private static final CompliancePeriod PERIOD = new CompliancePeriod(LocalDate.parse("2026-09-01"),
			LocalDate.parse("2026-11-29"));

	@TempDir
	Path data;

	@Test
	void theSpecimensSpaceReplacesThePlaceholder() {
		ComplianceSpace space = specimensSpace();
		assertEquals("SpecimenRegisterSpace", space.getClass().getSimpleName());
		assertEquals("Document specimens", space.label(Locale.ENGLISH));
		assertEquals("Especímenes de documentos", space.label(Locale.forLanguageTag("es")));
	}

	@Test
	void missingThenPartialThenComplete() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		ComplianceSpace space = specimensSpace();
		try (RecordStore store = SpecimenStores.open(data, SpecimenStores.GUATEMALA)) {
			assertEquals(new SpaceCheck(ComplianceStatus.MISSING, List.of("the passport specimen is missing",
					"the identity card specimen is missing")), space.check(store, "GTM", PERIOD));

			store.save(Specimens.newSpecimen("GTM", "V", DocumentCategory.VISA));
			assertEquals(ComplianceStatus.PARTIAL, space.check(store, "GTM", PERIOD).status(), "some specimen");

			store.save(Specimens.newSpecimen("GTM", "P", DocumentCategory.PASSPORT));
			assertEquals(new SpaceCheck(ComplianceStatus.PARTIAL, List.of("the identity card specimen is missing")),
					space.check(store, "GTM", PERIOD));

			store.save(Specimens.newSpecimen("GTM", "ID", DocumentCategory.IDENTITY_CARD));
			assertEquals(SpaceCheck.complete(), space.check(store, "GTM", PERIOD));
			assertEquals(ComplianceStatus.MISSING, space.check(store, "MEX", PERIOD).status(),
					"Guatemala's specimens count for Guatemala only");
		} finally {
			Locale.setDefault(before);
		}
	}

	private static ComplianceSpace specimensSpace() {
		return ComplianceBoard.effective(Services.all(ComplianceSpace.class)).stream()
				.filter(s -> s.id().equals("specimens")).findFirst().orElseThrow();
	}
}
