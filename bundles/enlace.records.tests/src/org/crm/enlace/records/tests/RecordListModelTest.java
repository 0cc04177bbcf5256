package org.crm.enlace.records.tests;

import static org.crm.enlace.records.tests.Records.EN;
import static org.crm.enlace.records.tests.Records.ES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.records.PageRequest;
import org.crm.enlace.records.RecordListModel;
import org.crm.enlace.records.SearchRow;
import org.junit.jupiter.api.Test;

/**
 * The paging of a list that holds no row per record: the walk by key before the count, pages by their ids after it,
 * the pages kept, what a refresh drops, and the line about the count.
 */
class RecordListModelTest {

	private static final int PAGE = RecordListModel.PAGE;

	private final ListedRecords listed = new ListedRecords(1_050);
	private final RecordRepository repository = listed.repository();
	private final RecordListModel model = new RecordListModel();

	@Test
	void beforeTheCountTheFirstPageIsReadByKeyAndTheWalkGoesOnAPageAtATime() {
		List<PageRequest> first = model.missing(0, 30);
		assertEquals(List.of(new PageRequest(0, 0, null, null)), first, "the first page, from the start, by key");
		readAll(first);
		assertEquals(PAGE, model.size());
		assertFalse(model.sizeKnown());
		assertEquals(PAGE + 30, model.scrollRange(30), "room to scroll into what the walk reads next");
		assertEquals(ids(0, 30), shownIds(0, 30));
		assertEquals(List.of(), model.missing(0, 30));

		// Far below what was read: only the walk's next page can be asked for, after the last id read.
		List<PageRequest> next = model.missing(700, 730);
		assertEquals(List.of(new PageRequest(0, 1, null, listed.records.get(PAGE - 1).getId())), next);
		readAll(next);
		assertEquals(2 * PAGE, model.size());
		assertEquals(ids(PAGE, 2 * PAGE), shownIds(PAGE, 2 * PAGE));
		assertEquals(List.of("findAfter", "findAfter"), listed.calls, "no count, no offset");
	}

	@Test
	void aWalkThatReachesTheEndKnowsTheSizeWithoutACount() {
		ListedRecords few = new ListedRecords(250);
		RecordRepository small = few.repository();
		for (int page = 0; page < 3; page++) {
			model.missing(page * PAGE, page * PAGE + 10)
					.forEach(request -> model.loaded(request, request.fetch(small, ListedRecords.everything(), ES)));
		}
		assertTrue(model.sizeKnown());
		assertEquals(250, model.size());
		assertEquals(250, model.scrollRange(30));
		assertEquals(List.of(), model.missing(240, 300), "nothing past the end");
		model.countCancelled();
		assertEquals("250 registros", model.status(ES));
	}

	@Test
	void afterTheCountAnyPageIsReadByItsIdsAndStillMatchingPagesAreKept() {
		readAll(model.missing(0, 30));
		listed.insertAfter(2 * PAGE + 5); // below the page read: that page still matches
		model.counted(model.generation(), count());

		assertEquals(1_051, model.size());
		assertTrue(model.sizeKnown());
		assertEquals(ids(0, 30), shownIds(0, 30), "the first page, read by key, is kept");
		List<PageRequest> far = model.missing(1_000, 1_030);
		assertEquals(1, far.size());
		assertEquals(ids(1_000, 1_051), far.get(0).ids(), "the last page, by its ids: 51 of them");
		readAll(far);
		assertEquals(ids(1_000, 1_030), shownIds(1_000, 1_030));
		assertEquals(List.of("findAfter", "ids", "findByIds"), listed.calls);
	}

	@Test
	void aPageReadByKeyWhoseIdsMovedMeanwhileIsReadAgainByIds() {
		readAll(model.missing(0, 30));
		listed.insertAfter(10);
		model.counted(model.generation(), count());

		assertNull(model.row(0), "dropped: its positions no longer hold its ids");
		List<PageRequest> again = model.missing(0, 30);
		assertEquals(ids(0, PAGE), again.get(0).ids());
		readAll(again);
		assertEquals("Persona Ficticia 21", ((ContactPoint) model.row(11).record()).getFullName());
	}

	@Test
	void aRecordGoneBeforeItsPageIsReadIsARowWithoutRecordThatSaysSo() {
		readAll(model.missing(0, 30));
		model.counted(model.generation(), count());
		String gone = listed.records.remove(505).getId();

		readAll(model.missing(500, 530));

		SearchRow row = model.row(505);
		assertNull(row.record());
		assertEquals("(ya no está disponible)", row.summary());
		assertEquals("(no longer available)", SearchRow.unavailable(EN).summary());
		assertEquals(gone, model.id(505));
		assertEquals(listed.records.get(505).getId(), model.row(506).record().getId());
	}

	@Test
	void aRefreshDropsWhatWasAskedBeforeItAndAnOlderCount() {
		List<PageRequest> asked = model.missing(0, 30);
		int before = model.generation();
		model.refresh();

		assertFalse(model.loaded(asked.get(0), asked.get(0).fetch(repository, ListedRecords.everything(), ES)));
		assertNull(model.row(0));
		assertFalse(model.counted(before, count()), "a count begun before the refresh");
		assertFalse(model.sizeKnown());
		List<PageRequest> again = model.missing(0, 30);
		assertEquals(model.generation(), again.get(0).generation());
		readAll(again);
		assertEquals(ids(0, 30), shownIds(0, 30));
	}

	@Test
	void afterARefreshTheOldIdsPlaceThePagesUntilTheNewCount() {
		readAll(model.missing(0, 30));
		model.counted(model.generation(), count());
		model.refresh();

		List<PageRequest> window = model.missing(900, 930);
		assertEquals(ids(900, 1_000), window.get(0).ids(), "by the ids counted before");
		assertEquals(1_050, model.size());
		assertTrue(model.counting());
	}

	@Test
	void onlyTheTwentyPagesUsedLastAreKept() {
		ListedRecords many = new ListedRecords(25 * PAGE);
		RecordIds counted = many.repository().ids(ListedRecords.everything(), Progress.NONE).orElseThrow();
		model.counted(model.generation(), counted);
		for (int page = 0; page < 25; page++) {
			for (PageRequest request : model.missing(page * PAGE, page * PAGE + 1)) {
				model.loaded(request, request.fetch(many.repository(), ListedRecords.everything(), ES));
			}
		}

		List<Integer> kept = IntStream.range(0, 25).filter(page -> model.row(page * PAGE) != null).boxed().toList();

		assertEquals(IntStream.range(5, 25).boxed().toList(), kept, "the five read longest ago are gone");
		assertEquals(5, model.missing(0, 5 * PAGE).size(), "and are read again when shown");
	}

	@Test
	void positionsOfIdsAreFoundBeforeAndAfterTheCount() {
		readAll(model.missing(0, 30));
		assertEquals(42, model.indexOf(listed.records.get(42).getId()));
		assertEquals(-1, model.indexOf(listed.records.get(700).getId()), "not read yet");
		model.counted(model.generation(), count());
		assertEquals(700, model.indexOf(listed.records.get(700).getId()));
	}

	@Test
	void theLineUnderTheListSaysHowTheCountStands() {
		assertEquals("Contando los registros…", model.status(ES), "before the first ids");
		model.counting(120_000);
		assertEquals("Contando los registros… 120.000 hasta ahora", model.status(ES));
		assertEquals("Counting the records… 120,000 so far", model.status(EN));
		readAll(model.missing(0, 30));
		model.countCancelled();
		assertEquals("Recuento cancelado: 100 registros leídos; se leen más al desplazarse.", model.status(ES));
		model.refresh();
		model.counted(model.generation(), count());
		assertEquals("1.050 registros", model.status(ES));
		assertEquals("1,050 records", model.status(EN));
		model.refresh();
		model.countFailed();
		assertEquals("The records could not be counted; those read are shown.", model.status(EN));
	}

	private RecordIds count() {
		return repository.ids(ListedRecords.everything(), Progress.NONE).orElseThrow();
	}

	private void readAll(List<PageRequest> requests) {
		for (PageRequest request : requests) {
			assertTrue(model.loaded(request, request.fetch(repository, ListedRecords.everything(), ES)));
		}
	}

	private List<String> ids(int from, int to) {
		return listed.records.subList(from, Math.min(to, listed.records.size())).stream().map(r -> r.getId())
				.toList();
	}

	private List<String> shownIds(int from, int to) {
		return IntStream.range(from, to).mapToObj(i -> model.row(i).record().getId()).toList();
	}
}
