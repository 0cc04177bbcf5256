package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.SystemUser;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.entry.EntryRuleImport.Mode;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.ImportReport;
import org.crm.enlace.entry.PassportIndex;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped passport-index file imported into a real store, and imported again. */
class PassportIndexImportTest {

	private static final List<String> MEMBERS = List.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX", "NIC",
			"PAN", "USA");
	private static final List<String> CA4 = List.of("GTM", "SLV", "HND", "NIC");
	/* The members, the observers, the Technical Secretariat and IOM. */
	private static final List<String> EVERY_ORGANIZATION = List.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND",
			"MEX", "NIC", "PAN", "USA", "ARG", "COL", "ECU", "JAM", "PER", Owners.SECRETARIAT, Owners.IOM);

	@TempDir
	Path data;

	private final EntryStores.TestClock clock = new EntryStores.TestClock();

	@Test
	void theShippedFileGivesEveryMemberOneUnconfirmedRuleForEachNationalityWithItsProvenance() throws IOException {
		ImportReport report = EntryStores.importShipped(data, clock);

		assertEquals(ImportReport.Outcome.IMPORTED, report.outcome());
		assertEquals(39_601, report.linesRead());
		assertEquals(List.of(), report.problems());
		assertEquals(11 * 199, report.memberRows());
		assertEquals(2_189, report.created());
		assertEquals(4 * 3, report.corrected(), "each CA-4 country entered by the nationals of the other three");
		assertEquals(MEMBERS, EntryRules.destinations());

		Map<String, String> file = memberLinesOfTheFile();
		assertEquals(2_189, file.size());
		try (RecordStore store = EntryStores.open(data, EntryStores.SECRETARIAT, clock)) {
			List<EntryRule> rules = store.findAll(EntryPackage.Literals.ENTRY_RULE, EntryRule.class);
			assertEquals(2_189, rules.size());
			assertEquals(199, rules.stream().map(EntryRule::getNationality).distinct().count());
			for (EntryRule rule : rules) {
				String pair = rule.getNationality() + "," + rule.getDestination();
				String value = file.get(pair);
				assertEquals(value, rule.getSourceValue(), pair);
				assertEquals(expected(rule.getNationality(), rule.getDestination(), value), rule.getRequirement(), pair);
				boolean days = value.matches("[0-9]+") && expected(rule.getNationality(), rule.getDestination(), value)
						== Requirement.VISA_FREE;
				assertEquals(days ? Integer.valueOf(value) : null, rule.getMaxStayDays(), pair);
				assertEquals(PassportIndex.SOURCE.provenance(), rule.getProvenance(), pair);
				assertEquals(PassportIndex.SOURCE.provenance(), rule.getSource(), pair);
				assertEquals(ProvenanceKind.IMPORT, rule.getProvenanceKind(), pair);
				assertEquals(ConfirmationStatus.UNCONFIRMED, rule.getConfirmationStatus(), pair);
				assertEquals(rule.getDestination(), rule.getOwnerCountry(), pair);
				assertEquals(SystemUser.NAME, rule.getCreatedBy(), pair);
				assertEquals(Releasability.NETWORK, rule.getReleasability(), pair);
				assertTrue(EVERY_ORGANIZATION.stream().allMatch(o -> AccessRule.maySee(o, rule.getOwnerCountry(),
						rule.getReleasability(), rule.getReleasableTo())), pair);
				assertEquals(Tlp.CLEAR, rule.getTlp(), pair);
			}
		}
	}

	@Test
	void importingAgainChangesNothingAndNeverOverwritesConfirmedEditedOrDeletedRules() {
		EntryStores.importShipped(data, clock);
		clock.advance(Duration.ofDays(1));
		String confirmedId = EntryRules.stableId("GTM", "AFG");
		String editedId = EntryRules.stableId("MEX", "CUB");
		String deletedId = EntryRules.stableId("PAN", "VEN");
		try (RecordStore guatemala = EntryStores.open(data, EntryStores.GUATEMALA, clock)) {
			EntryRule rule = (EntryRule) guatemala.findById(confirmedId).orElseThrow();
			rule.setRequirement(Requirement.EVISA);
			rule.setConfirmationStatus(ConfirmationStatus.CONFIRMED);
			rule.setConfirmedOn(clock.today());
			rule.setConfirmedBy("Oficial ficticio de Guatemala");
			rule.setConfirmingParty(ConfirmingParty.DESTINATION);
			guatemala.save(rule);
		}
		try (RecordStore mexico = EntryStores.open(data, EntryStores.MEXICO, clock)) {
			EntryRule rule = (EntryRule) mexico.findById(editedId).orElseThrow();
			rule.setNote("Nota ficticia de México, aún sin confirmar.");
			mexico.save(rule);
		}
		try (RecordStore panama = EntryStores.open(data, EntryStores.PANAMA, clock)) {
			assertTrue(panama.delete(deletedId));
		}
		long writesBefore = EntryStores.writes(data, clock);

		ImportReport again = EntryStores.importShipped(data, clock);

		assertEquals(ImportReport.Outcome.IMPORTED, again.outcome());
		assertEquals(0, again.created());
		assertEquals(0, again.updated());
		assertEquals(2_189 - 3, again.unchanged());
		assertEquals(1, again.keptConfirmed());
		assertEquals(1, again.keptEdited());
		assertEquals(1, again.keptDeleted());
		assertEquals(writesBefore, EntryStores.writes(data, clock), "no record written by the second import");
		try (RecordStore store = EntryStores.open(data, EntryStores.SECRETARIAT, clock)) {
			EntryRule confirmed = (EntryRule) store.findById(confirmedId).orElseThrow();
			assertEquals(Requirement.EVISA, confirmed.getRequirement());
			assertEquals(ConfirmationStatus.CONFIRMED, confirmed.getConfirmationStatus());
			assertEquals(2, confirmed.getVersion());
			assertEquals("Nota ficticia de México, aún sin confirmar.",
					((EntryRule) store.findById(editedId).orElseThrow()).getNote());
			assertTrue(store.findById(deletedId).isEmpty());
			assertEquals(1, store.history(EntryRules.stableId("USA", "MEX")).size(), "one version: the first import");
			assertEquals(2_188, store.count(EntryPackage.Literals.ENTRY_RULE));
		}
	}

	@Test
	void aNewerFileUpdatesTheRulesOnlyImportsWroteAndKeepsTheirHistory() {
		EntryStores.importLines(data, clock, Mode.ALL_OR_NOTHING, "AFG,GTM,visa required", "AFG,MEX,visa required");
		clock.advance(Duration.ofDays(1));
		try (RecordStore mexico = EntryStores.open(data, EntryStores.MEXICO, clock)) {
			EntryRule rule = (EntryRule) mexico.findById(EntryRules.stableId("MEX", "AFG")).orElseThrow();
			rule.setMinors("Regla ficticia para menores.");
			mexico.save(rule);
		}

		ImportReport newer = EntryStores.importLines(data, clock, Mode.ALL_OR_NOTHING, "AFG,GTM,e-visa",
				"AFG,MEX,e-visa", "AFG,PAN,30");

		assertEquals(1, newer.created());
		assertEquals(1, newer.updated());
		assertEquals(1, newer.keptEdited());
		try (RecordStore store = EntryStores.open(data, EntryStores.SECRETARIAT, clock)) {
			EntryRule guatemala = (EntryRule) store.findById(EntryRules.stableId("GTM", "AFG")).orElseThrow();
			assertEquals(Requirement.EVISA, guatemala.getRequirement());
			assertEquals("e-visa", guatemala.getSourceValue());
			assertEquals(2, store.history(guatemala.getId()).size());
			EntryRule mexico = (EntryRule) store.findById(EntryRules.stableId("MEX", "AFG")).orElseThrow();
			assertEquals(Requirement.VISA_REQUIRED, mexico.getRequirement(), "a user's change outweighs a file");
			EntryRule panama = (EntryRule) store.findById(EntryRules.stableId("PAN", "AFG")).orElseThrow();
			assertEquals(Requirement.VISA_FREE, panama.getRequirement());
			assertEquals(30, panama.getMaxStayDays());
		}
	}

	/* The file read on its own, without the product's parser: nationality,destination -> value. */
	private static Map<String, String> memberLinesOfTheFile() throws IOException {
		Map<String, String> lines = new HashMap<>();
		try (Reader in = PassportIndex.open(); BufferedReader reader = new BufferedReader(in)) {
			reader.lines().skip(1).map(line -> line.split(",")).filter(f -> MEMBERS.contains(f[1]))
					.forEach(f -> lines.put(f[0] + "," + f[1], f[2]));
		}
		return lines;
	}

	/* The reading of the data set's values, CA-4 travel on the national identity card included. */
	private static Requirement expected(String nationality, String destination, String value) {
		if (CA4.contains(nationality) && CA4.contains(destination) && !nationality.equals(destination)) {
			return Requirement.NATIONAL_ID;
		}
		return switch (value) {
		case "-1" -> Requirement.OWN_COUNTRY;
		case "visa required" -> Requirement.VISA_REQUIRED;
		case "e-visa" -> Requirement.EVISA;
		case "eta" -> Requirement.ETA;
		case "visa on arrival" -> Requirement.VISA_ON_ARRIVAL;
		case "no admission" -> Requirement.NO_ADMISSION;
		default -> Requirement.VISA_FREE;
		};
	}
}
