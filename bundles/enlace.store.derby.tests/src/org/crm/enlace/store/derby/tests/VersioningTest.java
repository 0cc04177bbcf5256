package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.OTHER_USER;
import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.crm.enlace.store.derby.tests.TestSupport.equalInFull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.crm.enlace.core.store.StaleRecordException;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.Test;

/** Every change raises the version; a change based on an old version is refused and writes nothing. */
class VersioningTest extends OpenStoreFixture {

	@Test
	void eachSaveRaisesTheVersionAndStampsTheChangeButNotTheCreation() throws InterruptedException {
		Country first = store.save(TestSupport.country());
		clock.advance(Duration.ofHours(2));
		first.setNameEn("Republic of Guatemala");

		Country second = store.save(first);

		assertEquals(2, second.getVersion());
		assertEquals(TestSupport.START, second.getCreatedAt());
		assertEquals(TestSupport.START.plus(Duration.ofHours(2)), second.getModifiedAt());
		assertEquals("Republic of Guatemala", second.getNameEn());
		assertEquals(3, store.save(second).getVersion());
	}

	@Test
	void theAuthorOfAChangeIsTheUserOfTheStoreThatWroteIt() throws InterruptedException {
		Country created = store.save(TestSupport.country());
		store.close();
		store = TestSupport.factoryService().open(data, OTHER_USER, TestSupport.KEYS, clock);

		Country changed = store.save(created);

		assertEquals(USER.userName(), changed.getCreatedBy());
		assertEquals(OTHER_USER.userName(), changed.getModifiedBy());
	}

	@Test
	void creationStampsComeFromTheStoreNotFromTheCaller() {
		Country created = store.save(TestSupport.country());
		created.setCreatedBy("someone.else");
		created.setCreatedAt(TestSupport.START.minus(Duration.ofDays(400)));

		Country changed = store.save(created);

		assertEquals(USER.userName(), changed.getCreatedBy());
		assertEquals(TestSupport.START, changed.getCreatedAt());
	}

	@Test
	void aChangeToAnOldVersionIsRefusedWithBothVersionsAndNothingIsWritten() {
		Organization readByOne = store.save(TestSupport.organization());
		Organization readByOther = store.findAll(readByOne.eClass(), Organization.class).getFirst();
		readByOne.setAcronym("FIRST");
		Organization current = store.save(readByOne);
		readByOther.setAcronym("SECOND");

		StaleRecordException stale = assertThrows(StaleRecordException.class, () -> store.save(readByOther));

		assertEquals(StoreException.Reason.STALE, stale.reason());
		assertEquals(2, stale.stored().getVersion());
		assertEquals("FIRST", ((Organization) stale.stored()).getAcronym());
		assertEquals(1, stale.attempted().getVersion());
		assertEquals("SECOND", ((Organization) stale.attempted()).getAcronym());
		assertTrue(equalInFull(current, store.findById(current.getId()).orElseThrow()), "the store is unchanged");
	}

	@Test
	void aRecordDeletedMeanwhileIsNotBroughtBackBySavingAnOldCopy() {
		Country saved = store.save(TestSupport.country());
		store.delete(saved.getId());

		StoreException refused = assertThrows(StoreException.class, () -> store.save(saved));

		assertEquals(StoreException.Reason.STALE, refused.reason());
		assertTrue(store.findById(saved.getId()).isEmpty());
	}

	@Test
	void anIdKeepsItsClass() {
		Country country = store.save(TestSupport.country());
		Organization impostor = EnlaceFactory.eINSTANCE.createOrganization();
		impostor.setId(country.getId());
		impostor.setVersion(country.getVersion());
		impostor.setOwnerCountry("GTM");

		StoreException refused = assertThrows(StoreException.class, () -> store.save(impostor));

		assertEquals(StoreException.Reason.INVALID, refused.reason());
		assertTrue(store.findById(country.getId()).orElseThrow() instanceof Country);
	}
}
