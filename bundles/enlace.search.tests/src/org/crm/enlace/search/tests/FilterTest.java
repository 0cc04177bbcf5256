package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.SearchFilter;
import org.crm.enlace.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The untokenized fields narrow a search inside Lucene: class (or superclass), owner, enum values. */
class FilterTest {

	@TempDir
	Path folder;

	private final ContactPoint permanent = contact("Daniel Ficticio Morales");
	private final ContactPoint alternate = contact("Emily Ficticia Morales");
	private final Organization organization = TestRecords.organization("Fundación Morales (ficticia)", null);

	private FullTextIndex index;

	@BeforeEach
	void open() {
		alternate.setRole(ContactRole.ALTERNATE);
		alternate.setOwnerCountry("HND");
		index = FullTextIndexes.open(folder, KEY);
		TestRecords.rebuildWith(index, List.of(permanent, alternate, organization));
	}

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void byClassOrSuperclass() {
		assertEquals(Set.of(permanent.getId(), alternate.getId()),
				found(SearchFilter.none().ofType(List.of(EnlacePackage.Literals.CONTACT_POINT))));
		assertEquals(Set.of(organization.getId()),
				found(SearchFilter.none().ofType(List.of(EnlacePackage.Literals.ORGANIZATION))));
		assertEquals(3, found(SearchFilter.none().ofType(List.of(EnlacePackage.Literals.RECORD))).size());
		assertEquals(Set.of(), found(SearchFilter.none().ofType(List.of(EnlacePackage.Literals.COUNTRY))));
	}

	@Test
	void byOwner() {
		assertEquals(Set.of(alternate.getId()), found(SearchFilter.none().ownedByAnyOf(Set.of("HND"))));
		assertEquals(Set.of(permanent.getId(), organization.getId()),
				found(SearchFilter.none().ownedByAnyOf(Set.of("GTM", "MEX"))));
	}

	@Test
	void byEnumValueAndCombined() {
		SearchFilter permanentOnly = SearchFilter.none().withAnyOf(EnlacePackage.Literals.CONTACT_POINT__ROLE,
				List.of(ContactRole.PERMANENT));

		assertEquals(Set.of(permanent.getId()), found(permanentOnly));
		assertEquals(Set.of(), found(permanentOnly.ownedByAnyOf(Set.of("HND"))), "every part must hold");
		assertEquals(Set.of(), found(SearchFilter.none().ownedByAnyOf(Set.of())), "no owner allowed, nothing found");
		assertThrows(IllegalArgumentException.class,
				() -> SearchFilter.none().withAnyOf(EnlacePackage.Literals.CONTACT_POINT__FULL_NAME, List.of()));
	}

	private Set<String> found(SearchFilter filter) {
		return Set.copyOf(index.search("morales", 10, filter).stream().map(SearchHit::id).toList());
	}
}
