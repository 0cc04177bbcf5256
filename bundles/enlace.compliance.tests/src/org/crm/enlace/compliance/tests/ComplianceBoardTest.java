package org.crm.enlace.compliance.tests;

import static org.crm.enlace.compliance.ComplianceStatus.COMPLETE;
import static org.crm.enlace.compliance.ComplianceStatus.MISSING;
import static org.crm.enlace.compliance.ComplianceStatus.NOT_AVAILABLE;
import static org.crm.enlace.compliance.ComplianceStatus.PARTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.compliance.Reminder;
import org.crm.enlace.compliance.Reminders;
import org.crm.enlace.compliance.SpaceApprovals;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board on crafted data: a complete, a partial and a missing country, before and after the deadline. */
class ComplianceBoardTest {

	private static final Clock BEFORE = Clock.fixed(Instant.parse("2026-10-02T12:00:00Z"));
	private static final Clock AFTER = Clock.fixed(Instant.parse("2026-12-11T12:00:00Z"));
	private static final List<String> SPACES = List.of("contacts", "entry-rules", "procedures", "specimens",
			"modus-operandi");

	@TempDir
	static Path data;

	@BeforeAll
	static void craft() {
		BoardData.craft(data, BEFORE);
	}

	@Test
	void everyMemberHasOneRowPerSpaceInBoardOrder() {
		List<ComplianceRow> rows = board(BEFORE);
		assertEquals(11 * SPACES.size(), rows.size());
		assertEquals(ComplianceBoard.members(), rows.stream().map(ComplianceRow::country).distinct().toList());
		assertEquals(SPACES, rows.stream().filter(r -> r.country().equals("BLZ")).map(ComplianceRow::space).toList());
	}

	@Test
	void aCountryThatEnteredEverythingIsCompleteWhereTheSpacesExist() {
		assertEquals(List.of(COMPLETE, COMPLETE, COMPLETE, NOT_AVAILABLE, NOT_AVAILABLE), statuses(board(BEFORE), "GTM"));
		board(BEFORE).stream().filter(r -> r.country().equals("GTM")).forEach(r -> assertEquals(List.of(), r.missing()));
	}

	@Test
	void aCountryThatEnteredPartOfEachSpaceIsPartialAndToldWhatIsMissing() {
		List<ComplianceRow> mexico = rows(board(BEFORE), "MEX");
		assertEquals(List.of(PARTIAL, PARTIAL, PARTIAL, NOT_AVAILABLE, NOT_AVAILABLE), statuses(mexico));
		assertEquals(1, mexico.get(0).missing().size(), "the alternate contact");
		assertTrue(mexico.get(1).missing().getFirst().contains("2") && mexico.get(1).missing().getFirst().contains("3"),
				"2 of 3 rules unconfirmed: " + mexico.get(1).missing());
		assertEquals(2, mexico.get(2).missing().size(), "national ID card and minors' permit: " + mexico.get(2).missing());
	}

	@Test
	void aCountryThatEnteredNothingIsMissingEverything() {
		List<ComplianceRow> honduras = rows(board(BEFORE), "HND");
		assertEquals(List.of(MISSING, MISSING, MISSING, NOT_AVAILABLE, NOT_AVAILABLE), statuses(honduras));
		assertEquals(2, honduras.get(0).missing().size(), "permanent and alternate");
		assertEquals(3, honduras.get(2).missing().size());
	}

	@Test
	void daysAreCountedToTheDeadlineAndGoNegativeAfterIt() {
		LocalDate deadline = LocalDate.parse("2026-12-01");
		board(BEFORE).forEach(r -> {
			assertEquals(deadline, r.deadline());
			assertEquals(60, r.daysLeft());
			assertFalse(r.late());
		});
		List<ComplianceRow> after = board(AFTER);
		after.forEach(r -> assertEquals(-10, r.daysLeft()));
		assertTrue(rows(after, "HND").getFirst().late());
		assertFalse(rows(after, "GTM").getFirst().late(), "complete is never late");
		assertEquals(statuses(board(BEFORE), "GTM"), statuses(after, "GTM"));
	}

	@Test
	void remindersGoToTheContactPointsOfCountriesThatOweSomething() {
		List<ComplianceRow> rows = board(BEFORE);
		try (RecordStore store = BoardData.open(data, BoardData.SECRETARIAT, BEFORE)) {
			List<Reminder> reminders = Reminders.of(rows, store, BEFORE.today());
			Map<String, Reminder> byCountry = reminders.stream()
					.collect(Collectors.toMap(Reminder::country, r -> r));
			assertFalse(byCountry.containsKey("GTM"), "complete: no reminder");
			assertEquals(10, reminders.size());
			assertEquals(List.of("permanent.mex@example.org"), byCountry.get("MEX").emails());
			assertEquals(4, byCountry.get("MEX").missing().size());
			assertEquals(List.of(), byCountry.get("HND").emails());
			assertEquals(LocalDate.parse("2026-12-01"), byCountry.get("HND").deadline());
		}
	}

	@Test
	void onlyTheSecretariatRecordsTheApprovalAndACorrectionKeepsTheHistory() {
		try (RecordStore mexico = BoardData.open(data, BoardData.MEXICO, BEFORE)) {
			assertEquals(BoardData.APPROVED_ON, BoardData.approval(mexico).getApprovedOn(), "members read it");
			StoreException refused = assertThrows(StoreException.class,
					() -> SpaceApprovals.record(mexico, LocalDate.parse("2026-01-01"), "no"));
			assertEquals(StoreException.Reason.FORBIDDEN, refused.reason());
		}
		try (RecordStore secretariat = BoardData.open(data, BoardData.SECRETARIAT, BEFORE)) {
			String id = BoardData.approval(secretariat).getId();
			SpaceApprovals.record(secretariat, BoardData.APPROVED_ON.plusDays(1), "Corrección ficticia");
			SpaceApprovals.record(secretariat, BoardData.APPROVED_ON, "Acta ficticia");
			assertEquals(id, BoardData.approval(secretariat).getId(), "one record per network");
			assertEquals(3, secretariat.history(id).size());
		}
	}

	@Test
	void withoutAnApprovalThereIsNoBoard(@TempDir Path empty) {
		try (RecordStore store = BoardData.open(empty, BoardData.SECRETARIAT, BEFORE)) {
			assertTrue(ComplianceBoard.rows(store, BoardData.spaces(), BEFORE).isEmpty());
		}
	}

	static List<ComplianceRow> board(Clock clock) {
		try (RecordStore store = BoardData.open(data, BoardData.SECRETARIAT, clock)) {
			return ComplianceBoard.rows(store, BoardData.spaces(), clock).orElseThrow();
		}
	}

	private static List<ComplianceRow> rows(List<ComplianceRow> rows, String country) {
		return rows.stream().filter(r -> r.country().equals(country)).toList();
	}

	private static List<ComplianceStatus> statuses(List<ComplianceRow> rows, String country) {
		return statuses(rows(rows, country));
	}

	private static List<ComplianceStatus> statuses(List<ComplianceRow> rows) {
		return rows.stream().map(ComplianceRow::status).toList();
	}
}
