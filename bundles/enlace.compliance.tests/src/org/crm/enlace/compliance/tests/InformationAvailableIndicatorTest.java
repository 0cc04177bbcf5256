package org.crm.enlace.compliance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.internal.InformationAvailableIndicator;
import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work plan's indicator "information available on the private site" from the board's crafted data: Guatemala
 * complete, Mexico partial, Honduras and the others missing.
 */
class InformationAvailableIndicatorTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T12:00:00Z"));
	private static final LocalDate AS_OF = LocalDate.parse("2026-10-02");

	@TempDir
	static Path data;

	@BeforeAll
	static void craft() {
		BoardData.craft(data, CLOCK);
	}

	@Test
	void theComplianceBoardRegistersTheIndicator() {
		List<IndicatorSource> sources = Services.all(IndicatorSource.class).stream()
				.filter(s -> s.indicator().equals(IndicatorCodes.INFORMATION_AVAILABLE)).toList();
		assertEquals(1, sources.size(), "one DS component");
		assertTrue(sources.getFirst() instanceof InformationAvailableIndicator);
	}

	@Test
	void countsTheMembersWhoseInformationIsCompleteAgainstAllMembers() {
		IndicatorValue value = compute(data).orElseThrow();
		assertEquals(IndicatorCodes.INFORMATION_AVAILABLE, value.indicator());
		assertEquals(BigDecimal.ONE, value.value(), "Guatemala only");
		assertEquals(Optional.of(BigDecimal.valueOf(11)), value.target());
		assertEquals(InformationAvailableIndicator.UNIT, value.unit());
		assertEquals(AS_OF, value.asOf());
		assertEquals(ComplianceBoard.members(), List.copyOf(value.breakdown().keySet().stream().sorted().toList()));
		assertEquals(BigDecimal.ONE, value.breakdown().get("GTM"));
		assertEquals(BigDecimal.ZERO, value.breakdown().get("MEX"), "partial is not complete");
		assertEquals(BigDecimal.ZERO, value.breakdown().get("HND"));
		assertEquals(value.value(), value.breakdown().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		assertTrue(value.source().contains("1") && value.source().contains("11") && value.source().contains("2026-12-01"),
				value.source());
	}

	@Test
	void withoutAnApprovalOfThePrivateSpaceThereIsNoValue(@TempDir Path empty) {
		assertEquals(Optional.empty(), compute(empty));
	}

	@Test
	void thePrivateSpacesApprovalIsTheDayThePlansTimelinesCountFrom(@TempDir Path empty) {
		List<AnchorDaySource> anchors = Services.all(AnchorDaySource.class).stream()
				.filter(a -> a.anchor().equals(AnchorDaySource.PRIVATE_SPACE_APPROVAL)).toList();
		assertEquals(1, anchors.size(), "one DS component");
		try (RecordStore store = BoardData.open(data, BoardData.SECRETARIAT, CLOCK)) {
			LocalDate approved = anchors.getFirst().day(store).orElseThrow();
			assertEquals(LocalDate.parse("2026-12-01"), approved.plusMonths(4), "the board's deadline, 4 months on");
		}
		try (RecordStore store = BoardData.open(empty, BoardData.SECRETARIAT, CLOCK)) {
			assertEquals(Optional.empty(), anchors.getFirst().day(store), "not approved yet");
		}
	}

	private static Optional<IndicatorValue> compute(Path folder) {
		try (RecordStore store = BoardData.open(folder, BoardData.SECRETARIAT, CLOCK)) {
			return new InformationAvailableIndicator().compute(store, BoardData.spaces(), AS_OF);
		}
	}
}
