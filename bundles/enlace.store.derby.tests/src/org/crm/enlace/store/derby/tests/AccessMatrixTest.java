package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access rule at the store: users of every role of a member state (GTM, the owner of half the records), of
 * another member (MEX), of an observer (COL), of the Secretariat (XST) and of IOM (XOM), against records of every
 * releasability owned by GTM and by XST. Exactly the records of the table below come back, through every read
 * (queries, pages by key, ids, records by ids, full-text search, history);
 * every write to another owner's record is refused. The table is written out by hand, not computed with
 * AccessRule, so that the rule and the SQL are each held to it.
 */
class AccessMatrixTest {

	private static final List<String> ORGANIZATIONS = List.of("GTM", "MEX", "COL", "XST", "XOM");

	/** A record of the matrix and the organizations that must see it (the owner always does). */
	private record Sample(String name, String owner, Releasability releasability, List<String> releasableTo,
			Set<String> seenBy) {
	}

	private static final List<Sample> SAMPLES = new ArrayList<>();

	static {
		for (String owner : List.of("GTM", "XST")) {
			sample(owner + " network", owner, Releasability.NETWORK, List.of(), ORGANIZATIONS.toArray(String[]::new));
			sample(owner + " all members", owner, Releasability.ALL_MEMBERS, List.of(), "GTM", "MEX", "XST");
			// Listing observers and IOM does not widen ALL_MEMBERS: releasableTo counts for LISTED only.
			sample(owner + " all members, observers listed", owner, Releasability.ALL_MEMBERS, List.of("COL", "XOM"),
					"GTM", "MEX", "XST");
			sample(owner + " listed to all five", owner, Releasability.LISTED, ORGANIZATIONS, ORGANIZATIONS.toArray(String[]::new));
			sample(owner + " listed to COL and XOM", owner, Releasability.LISTED, List.of("COL", "XOM"), owner, "COL",
					"XOM");
			sample(owner + " listed to MEX", owner, Releasability.LISTED, List.of("MEX"), owner, "MEX");
			sample(owner + " listed to none of them", owner, Releasability.LISTED, List.of("CRI"), owner);
			sample(owner + " secretariat only", owner, Releasability.SECRETARIAT_ONLY, List.of(), owner, "XST");
			sample(owner + " owner only", owner, Releasability.OWNER_ONLY, List.of("MEX", "XST"), owner);
		}
	}

	private static void sample(String name, String owner, Releasability releasability, List<String> releasableTo,
			String... seenBy) {
		TreeSet<String> viewers = new TreeSet<>(Arrays.asList(seenBy));
		viewers.add(owner);
		SAMPLES.add(new Sample(name, owner, releasability, releasableTo, viewers));
	}

	private static Path data;
	/** The stored id of each sample, by name. */
	private static final Map<String, String> IDS = new LinkedHashMap<>();
	private static String releasedLater;
	private static String deleted;

	@BeforeAll
	static void storeTheMatrix() throws Exception {
		data = Files.createTempDirectory("access-matrix");
		List<Record> records = new ArrayList<>();
		for (Sample sample : SAMPLES) {
			ContactPoint contact = TestSupport.marked(sample.owner(), sample.releasability(),
					sample.releasableTo().toArray(String[]::new));
			contact.setHandlingCode(HandlingCode.values()[records.size() % HandlingCode.values().length]);
			records.add(contact);
		}
		List<Record> saved = TestSupport.seed(data, new TestClock(), records);
		for (int i = 0; i < SAMPLES.size(); i++) {
			IDS.put(SAMPLES.get(i).name(), saved.get(i).getId());
		}
		// Two more, written by GTM's own user: one released after a first, owner-only version; one deleted.
		try (RecordStore gtm = open(new CurrentUser("gtm.liaison", "GTM", Role.LIAISON_OFFICER))) {
			ContactPoint draft = gtm.save(TestSupport.marked("GTM", Releasability.OWNER_ONLY));
			draft.setReleasability(Releasability.ALL_MEMBERS);
			releasedLater = gtm.save(draft).getId();
			deleted = gtm.save(TestSupport.marked("GTM", Releasability.ALL_MEMBERS)).getId();
			assertTrue(gtm.delete(deleted));
		}
	}

	@AfterAll
	static void removeTheMatrix() throws IOException {
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	static Stream<Arguments> everyRoleOfEveryOrganization() {
		return ORGANIZATIONS.stream().flatMap(organization -> Arrays.stream(Role.values())
				.map(role -> Arguments.of(organization, role)));
	}

	private static RecordStore open(CurrentUser user) throws InterruptedException {
		return TestSupport.factoryService().open(data, user, TestSupport.KEYS, new TestClock());
	}

	private static Set<String> expectedIds(String organization) {
		Set<String> ids = new TreeSet<>();
		SAMPLES.stream().filter(s -> s.seenBy().contains(organization)).forEach(s -> ids.add(IDS.get(s.name())));
		if (List.of("GTM", "MEX", "XST").contains(organization)) {
			ids.add(releasedLater);
		}
		return ids;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleOfEveryOrganization")
	void exactlyTheAllowedRecordsComeBackThroughEveryRead(String organization, Role role) throws Exception {
		CurrentUser user = new CurrentUser(organization.toLowerCase(Locale.ROOT) + "." + role.name().toLowerCase(Locale.ROOT),
				organization, role);
		Set<String> expected = expectedIds(organization);
		try (RecordStore store = open(user)) {
			assertEquals(expected, ids(store.findAll(EnlacePackage.Literals.RECORD, Record.class)), "findAll");
			assertEquals(expected, ids(store.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class)));
			assertEquals(expected.size(), store.count(EnlacePackage.Literals.RECORD), "count");
			RecordQuery everything = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
					.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "HND").handling(HandlingCode.values());
			assertEquals(expected, ids(store.find(everything, ContactPoint.class)), "query");
			assertEquals(expected.size(), store.count(everything), "count of the query");
			RecordQuery ownedByBoth = RecordQuery.of(EnlacePackage.Literals.RECORD).ownedBy("GTM", "XST");
			assertEquals(expected, ids(store.find(ownedByBoth, Record.class)), "query by owner");
			checkTheReadsOfLongLists(store, expected);
			assertEquals(expected, ids(store.search("ficticia", 1_000)), "full-text search");
			assertEquals(expected, ids(store.search("persona AND \"de gtm\" OR \"de xst\"", 1_000)),
					"full-text search with operators");

			for (Sample sample : SAMPLES) {
				String id = IDS.get(sample.name());
				boolean sees = sample.seenBy().contains(organization);
				assertEquals(sees, store.findById(id).isPresent(), sample.name() + ": findById");
				assertEquals(sees, !store.history(id).isEmpty(), sample.name() + ": history");
				Record asStored = TestSupport.marked(sample.owner(), sample.releasability(),
						sample.releasableTo().toArray(String[]::new));
				assertEquals(sees, AccessRule.maySee(user, asStored), sample.name() + ": AccessRule agrees");
			}
			checkHistoryOfTheRecordReleasedLater(store, organization);
			checkTheDeletedRecord(store, organization);
		}
	}

	/*
	 * What a list of a million records reads: every id at once (by an index, on a connection of its own), pages by key
	 * and pages by ids. Ids of records the user may not see, or deleted ones, asked for by id are left out.
	 */
	private static void checkTheReadsOfLongLists(RecordStore store, Set<String> expected) {
		RecordQuery everything = RecordQuery.of(EnlacePackage.Literals.RECORD);
		List<String> inOrder = store.find(everything, Record.class).stream().map(Record::getId).toList();
		assertEquals(List.copyOf(expected), inOrder, "find, in id order");
		RecordIds ids = store.ids(everything, Progress.NONE).orElseThrow();
		assertEquals(inOrder, ids.slice(0, ids.size()), "ids, in the order of find");
		assertEquals(inOrder, store.ids(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
				.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "HND"), Progress.NONE).orElseThrow()
				.slice(0, Integer.MAX_VALUE), "ids of a query by class and index field");

		List<String> byKey = new ArrayList<>();
		String after = null;
		for (List<Record> page = store.findAfter(everything, after, 3, Record.class); !page.isEmpty();
				page = store.findAfter(everything, after, 3, Record.class)) {
			assertTrue(page.size() <= 3);
			page.forEach(r -> byKey.add(r.getId()));
			after = page.getLast().getId();
		}
		assertEquals(inOrder, byKey, "pages by key, three at a time");

		List<String> everyId = new ArrayList<>(IDS.values());
		everyId.add(releasedLater);
		everyId.add(deleted);
		Collections.reverse(everyId);
		List<String> found = store.findByIds(everyId).stream().map(Record::getId).toList();
		assertEquals(everyId.stream().filter(expected::contains).toList(), found,
				"by ids: the visible ones, in the order asked");
	}

	/* Its first version was the owner's alone: others see the record's history from its release on. */
	private static void checkHistoryOfTheRecordReleasedLater(RecordStore store, String organization) {
		List<Integer> versions = store.history(releasedLater).stream().map(RecordVersion::version).toList();
		List<Integer> expected = switch (organization) {
		case "GTM" -> List.of(1, 2);
		case "MEX", "XST" -> List.of(2);
		default -> List.of();
		};
		assertEquals(expected, versions, "versions of the record released later");
	}

	/* A deleted record: in no query, listed as deleted and with its history for its owner only. */
	private static void checkTheDeletedRecord(RecordStore store, String organization) {
		boolean owner = organization.equals("GTM");
		assertTrue(store.findById(deleted).isEmpty());
		RecordQuery deletedOnly = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).deletedOnly();
		List<ContactPoint> listed = store.find(deletedOnly, ContactPoint.class);
		assertEquals(owner ? Set.of(deleted) : Set.of(), ids(listed), "deleted records");
		assertEquals(owner ? List.of(deleted) : List.of(),
				store.ids(deletedOnly, Progress.NONE).orElseThrow().slice(0, 10), "ids of deleted records");
		assertEquals(owner ? Set.of(deleted) : Set.of(), ids(store.findAfter(deletedOnly, null, 10,
				ContactPoint.class)), "a page of deleted records by key");
		assertEquals(owner ? 2 : 0, store.history(deleted).size(), "history of the deleted record");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleOfEveryOrganization")
	void everyWriteToAnotherOwnersRecordIsRefused(String organization, Role role) throws Exception {
		CurrentUser user = new CurrentUser("writer", organization, role);
		try (RecordStore store = open(user)) {
			List<Record> before = store.findAll(EnlacePackage.Literals.RECORD, Record.class);
			for (Sample sample : SAMPLES) {
				if (sample.owner().equals(organization)) {
					continue;
				}
				String id = IDS.get(sample.name());
				if (sample.seenBy().contains(organization)) {
					ContactPoint seen = (ContactPoint) store.findById(id).orElseThrow();
					seen.setFullName("Cambiado por " + organization);
					assertForbidden(() -> store.save(seen), sample);
					assertForbidden(() -> store.delete(id), sample);
					assertForbidden(() -> store.scrub(id), sample);
				} else {
					assertFalse(store.delete(id), sample.name() + ": an unseen record is not there to delete");
					assertFalse(store.scrub(id), sample.name() + ": nor to scrub");
				}
				ContactPoint forged = TestSupport.marked(sample.owner(), Releasability.ALL_MEMBERS);
				forged.setId(id);
				forged.setVersion(1);
				assertForbidden(() -> store.save(forged), sample);
			}
			assertForbidden(() -> store.save(TestSupport.marked(organization.equals("GTM") ? "XST" : "GTM",
					Releasability.ALL_MEMBERS)), SAMPLES.getFirst());
			assertEquals(ids(before), ids(store.findAll(EnlacePackage.Literals.RECORD, Record.class)));
		}
		TestSupport.factoryService().openAfterSeeding(data, user, TestSupport.KEYS, new TestClock(), system -> {
			for (Sample sample : SAMPLES) {
				assertEquals(1, system.findById(IDS.get(sample.name())).orElseThrow().getVersion(),
						sample.name() + " unchanged");
			}
		}).close();
	}

	private static void assertForbidden(Executable write, Sample sample) {
		StoreException refused = assertThrows(StoreException.class, write, sample.name());
		assertEquals(Reason.FORBIDDEN, refused.reason(), sample.name());
	}

	@Test
	void theOwnersUsersOfEveryRoleWriteItsRecordsButCannotGiveThemAway(@TempDir Path own) throws Exception {
		for (Role role : Role.values()) {
			try (RecordStore store = TestSupport.factoryService().open(own, new CurrentUser("gtm", "GTM", role),TestSupport.KEYS, 
					new TestClock())) {
				ContactPoint created = store.save(TestSupport.marked("GTM", Releasability.OWNER_ONLY));
				created.setFullName("Cambiada");
				ContactPoint changed = store.save(created);
				assertEquals(2, changed.getVersion());
				changed.setOwnerCountry("MEX");
				assertEquals(Reason.FORBIDDEN, assertThrows(StoreException.class, () -> store.save(changed)).reason());
				assertTrue(store.delete(changed.getId()));
				assertTrue(store.scrub(changed.getId()));
			}
		}
		try (RecordStore store = TestSupport.factoryService().open(own, new CurrentUser("xst", "XST", Role.ANALYST),TestSupport.KEYS, 
				new TestClock())) {
			assertEquals("XST", store.save(TestSupport.marked(null, Releasability.OWNER_ONLY)).getOwnerCountry(),
					"the Secretariat's users write records owned by XST");
		}
	}

	@Test
	void theSystemsRepositoryStopsWorkingWhenTheSeedingEnds(@TempDir Path other) throws Exception {
		List<RecordRepository> kept = new ArrayList<>();
		try (RecordStore store = TestSupport.factoryService().openAfterSeeding(other,
				new CurrentUser("col", "COL", Role.ANALYST), TestSupport.KEYS, new TestClock(), kept::add)) {
			assertThrows(IllegalStateException.class, () -> kept.getFirst().count(EnlacePackage.Literals.RECORD));
			assertEquals(0, store.count(EnlacePackage.Literals.RECORD));
		}
	}

	private static Set<String> ids(List<? extends Record> records) {
		return new TreeSet<>(records.stream().map(Record::getId).toList());
	}
}
