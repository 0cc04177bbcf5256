package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RecordQuery by type, owner, modification time, handling code and index fields, alone and together. */
class QueryTest {

	private static final CurrentUser SECRETARIAT = new CurrentUser("st.analista", "XST", Role.ANALYST);
	private static final CurrentUser GUATEMALA = new CurrentUser("gt.enlace", "GTM", Role.LIAISON_OFFICER);

	@TempDir
	Path data;

	private final TestClock clock = new TestClock();
	private RecordStore store;

	/* Five records released to all members, an hour apart; the Secretariat sees them all. */
	@BeforeEach
	void storeAndOpen() throws InterruptedException {
		TestSupport.factoryService().openAfterSeeding(data, SECRETARIAT, TestSupport.KEYS, clock, system -> {
			system.save(contact("GTM", ContactRole.PERMANENT, HandlingCode.H0));
			clock.advance(Duration.ofHours(1));
			system.save(contact("GTM", ContactRole.ALTERNATE, HandlingCode.H1));
			clock.advance(Duration.ofHours(1));
			system.save(contact("MEX", ContactRole.PERMANENT, HandlingCode.H2));
			clock.advance(Duration.ofHours(1));
			system.saveAll(List.of(country("GTM"), country("MEX")));
		}).close();
		store = TestSupport.factoryService().open(data, SECRETARIAT, TestSupport.KEYS, clock);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static ContactPoint contact(String country, ContactRole role, HandlingCode handling) {
		ContactPoint contact = TestSupport.marked(country, Releasability.ALL_MEMBERS);
		contact.setCountry(country);
		contact.setRole(role);
		contact.setFullName(country + " " + role);
		contact.setHandlingCode(handling);
		return contact;
	}

	private static Country country(String code) {
		Country country = TestSupport.country();
		country.setCode(code);
		country.setOwnerCountry(code);
		country.setReleasability(Releasability.ALL_MEMBERS);
		return country;
	}

	@Test
	void aPageIsASliceOfTheWholeOrderedListForVirtualLists() {
		RecordQuery all = RecordQuery.of(EnlacePackage.Literals.RECORD);
		List<String> whole = store.find(all, Record.class).stream().map(Record::getId).toList();
		assertEquals(5, whole.size());

		assertEquals(whole.subList(0, 2), ids(store.find(all, 0, 2, Record.class)));
		assertEquals(whole.subList(2, 4), ids(store.find(all, 2, 2, Record.class)));
		assertEquals(whole.subList(4, 5), ids(store.find(all, 4, 10, Record.class)));
		assertEquals(List.of(), ids(store.find(all, 5, 10, Record.class)));
		assertEquals(List.of(), ids(store.find(all, 0, 0, Record.class)));
	}

	@Test
	void pagesByKeyAndIdsFollowTheOrderOfFindForAQueryByClassOwnerAndIndexField() {
		RecordQuery query = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).ownedBy("GTM", "MEX")
				.where(EnlacePackage.Literals.CONTACT_POINT__ROLE, ContactRole.PERMANENT);
		List<String> whole = ids(store.find(query, ContactPoint.class));
		assertEquals(2, whole.size());

		assertEquals(whole.subList(0, 1), ids(store.findAfter(query, null, 1, ContactPoint.class)));
		assertEquals(whole.subList(1, 2), ids(store.findAfter(query, whole.get(0), 5, ContactPoint.class)));
		assertEquals(List.of(), ids(store.findAfter(query, whole.get(1), 5, ContactPoint.class)));
		assertEquals(List.of(), ids(store.findAfter(query, null, 0, ContactPoint.class)));
		assertEquals(whole, store.ids(query, Progress.NONE).orElseThrow().slice(0, 10));
		assertEquals(whole.reversed(), ids(store.findByIds(whole.reversed())));
	}

	@Test
	void idsReportTheirProgressAndACancelledCountGivesNone() {
		List<Long> reported = new ArrayList<>();
		Progress progress = new Progress() {
			@Override
			public void worked(long done, long total) {
				reported.add(done);
				assertEquals(-1, total, "the total is what is being counted");
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		assertEquals(5, store.ids(RecordQuery.of(EnlacePackage.Literals.RECORD), progress).orElseThrow().size());
		assertEquals(List.of(5L), reported);

		Progress cancelled = new Progress() {
			@Override
			public void worked(long done, long total) {
				reported.add(done);
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		assertEquals(Optional.empty(), store.ids(RecordQuery.of(EnlacePackage.Literals.RECORD), cancelled));
		store.close();
		assertThrows(IllegalStateException.class,
				() -> store.ids(RecordQuery.of(EnlacePackage.Literals.RECORD), Progress.NONE));
	}

	private static List<String> ids(List<? extends Record> records) {
		return records.stream().map(Record::getId).toList();
	}

	@Test
	void byTypeFindsTheClassAndItsSubclasses() {
		assertEquals(3, store.count(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)));
		assertEquals(2, store.count(RecordQuery.of(EnlacePackage.Literals.COUNTRY)));
		assertEquals(5, store.count(RecordQuery.of(EnlacePackage.Literals.RECORD)));
		assertEquals(0, store.count(RecordQuery.of(EnlacePackage.Literals.ORGANIZATION)));
	}

	@Test
	void byOwner() {
		assertEquals(List.of("Country MEX", "MEX PERMANENT"),
				names(RecordQuery.of(EnlacePackage.Literals.RECORD).ownedBy("MEX")));
		assertEquals(3, store.count(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).ownedBy("GTM", "MEX")));
		assertEquals(0, store.count(RecordQuery.of(EnlacePackage.Literals.RECORD).ownedBy("CRI")));
	}

	@Test
	void byModificationTimeFromInclusiveToExclusive() {
		assertEquals(List.of("GTM ALTERNATE", "MEX PERMANENT"), names(RecordQuery.of(EnlacePackage.Literals.RECORD)
				.modifiedBetween(START.plus(Duration.ofHours(1)), START.plus(Duration.ofHours(3)))));
		assertEquals(List.of("Country GTM", "Country MEX"), names(RecordQuery.of(EnlacePackage.Literals.RECORD)
				.modifiedBetween(START.plus(Duration.ofHours(3)), null)));
		assertEquals(List.of("GTM PERMANENT"), names(RecordQuery.of(EnlacePackage.Literals.RECORD)
				.modifiedBetween(null, START.plus(Duration.ofMinutes(1)))));
	}

	@Test
	void byHandlingCode() {
		assertEquals(List.of("GTM ALTERNATE", "MEX PERMANENT"),
				names(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).handling(HandlingCode.H1, HandlingCode.H2)));
		assertEquals(0, store.count(RecordQuery.of(EnlacePackage.Literals.RECORD).handling(HandlingCode.H3)));
	}

	@Test
	void byIndexFieldsOfAnyType() {
		RecordQuery contacts = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT);
		assertEquals(List.of("GTM ALTERNATE", "GTM PERMANENT"),
				names(contacts.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "GTM")));
		assertEquals(List.of("GTM ALTERNATE"), names(contacts.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "GTM")
				.where(EnlacePackage.Literals.CONTACT_POINT__ROLE, ContactRole.ALTERNATE)));
		assertEquals(List.of("Country MEX"), names(RecordQuery.of(EnlacePackage.Literals.COUNTRY)
				.where(EnlacePackage.Literals.COUNTRY__CODE, "MEX")));
		assertEquals(0, store.count(contacts.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "gtm")),
				"equality is exact");
	}

	@Test
	void allConditionsTogether() {
		RecordQuery query = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).ownedBy("GTM")
				.handling(HandlingCode.H0, HandlingCode.H1).modifiedBetween(START, START.plus(Duration.ofHours(2)))
				.where(EnlacePackage.Literals.CONTACT_POINT__ROLE, ContactRole.PERMANENT);
		assertEquals(List.of("GTM PERMANENT"), names(query));
	}

	@Test
	void theIndexFollowsChanges() throws InterruptedException {
		store.close();
		store = TestSupport.factoryService().open(data, GUATEMALA, TestSupport.KEYS, clock);
		RecordQuery alternates = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
				.where(EnlacePackage.Literals.CONTACT_POINT__ROLE, ContactRole.ALTERNATE);
		ContactPoint alternate = store.find(alternates, ContactPoint.class).getFirst();
		alternate.setRole(ContactRole.PERMANENT);

		store.save(alternate);

		assertEquals(0, store.count(alternates));
		assertEquals(2, store.count(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
				.where(EnlacePackage.Literals.CONTACT_POINT__ROLE, ContactRole.PERMANENT).ownedBy("GTM")));
	}

	@Test
	void onlyIndexFieldsOfTheQueriedTypeMayBeAskedFor() {
		RecordQuery contacts = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT);
		assertThrows(IllegalArgumentException.class,
				() -> contacts.where(EnlacePackage.Literals.CONTACT_POINT__FULL_NAME, "x"));
		assertThrows(IllegalArgumentException.class, () -> contacts.where(EnlacePackage.Literals.COUNTRY__CODE, "x"));
		assertThrows(IllegalArgumentException.class,
				() -> store.find(RecordQuery.of(EnlacePackage.Literals.COUNTRY), ContactPoint.class));
	}

	private List<String> names(RecordQuery query) {
		return store.find(query, Record.class).stream()
				.map(r -> r instanceof ContactPoint c ? c.getFullName() : "Country " + ((Country) r).getCode())
				.sorted()
				.toList();
	}
}
