package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store labels each record with who may see it; a search given the user's labels finds only records with one of
 * them. (The store still applies its own rule to every hit.)
 */
class VisibilityTest {

	@TempDir
	Path folder;

	private final ContactPoint forAll = contact("Ana Ficticia Gómez");
	private final ContactPoint guatemalaOnly = contact("Luis Ficticio Gómez");
	private final ContactPoint mexicoOnly = contact("Carmen Ficticia Gómez");
	private final ContactPoint unlabelled = contact("Rosa Ficticia Gómez");
	private final Map<Record, Set<String>> labels = Map.of(forAll, Set.of("ALL"), guatemalaOnly, Set.of("GTM"),
			mexicoOnly, Set.of("MEX", "SECRETARIAT"), unlabelled, Set.of());

	private FullTextIndex index;

	@BeforeEach
	void open() {
		index = FullTextIndexes.open(folder, labels::get, KEY);
		TestRecords.rebuildWith(index, List.of(forAll, guatemalaOnly, mexicoOnly, unlabelled));
	}

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void aSearchWithLabelsFindsOnlyRecordsCarryingOneOfThem() {
		assertEquals(Set.of(forAll.getId(), guatemalaOnly.getId()), found(Set.of("ALL", "GTM")));
		assertEquals(Set.of(forAll.getId(), mexicoOnly.getId()), found(Set.of("ALL", "MEX")));
		assertEquals(Set.of(mexicoOnly.getId()), found(Set.of("SECRETARIAT")));
		assertEquals(Set.of(), found(Set.of("HND")));
		assertEquals(Set.of(), found(Set.of()), "no labels, nothing visible");
	}

	@Test
	void withoutLabelsTheCallerGetsEveryCandidateToFilterItself() {
		assertEquals(4, index.search("gomez", 10).size());
	}

	@Test
	void reindexingARecordReplacesItsLabels() {
		index.close();
		index = FullTextIndexes.open(folder, record -> Set.of("GTM"), KEY);
		index.index(mexicoOnly);

		assertEquals(Set.of(guatemalaOnly.getId(), mexicoOnly.getId()), found(Set.of("GTM")));
		assertEquals(Set.of(), found(Set.of("MEX")));
	}

	private Set<String> found(Set<String> visibleToAnyOf) {
		return Set.copyOf(index.search("gomez", 10, visibleToAnyOf).stream().map(SearchHit::id).toList());
	}
}
