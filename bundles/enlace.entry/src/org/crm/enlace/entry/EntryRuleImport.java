package org.crm.enlace.entry;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.access.SystemUser;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.entry.ImportReport.Outcome;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Imports an entry-matrix CSV file ({@link MatrixCsv}) as rules of the member destinations, each owned by its
 * destination, unconfirmed, with the source's provenance. Rules carry stable ids ({@link EntryRules#stableId}), so
 * an import finds what an earlier one stored: importing the same file again changes nothing, and a rule that was
 * confirmed, changed by a user or deleted by its owner is never overwritten. Everything is stored in one transaction:
 * a failed import changes nothing.
 * <p>
 * Rules belong to many owners, so the import works with the system's repository
 * ({@link org.crm.enlace.core.store.RecordStoreFactory#openAfterSeeding}).
 */
public final class EntryRuleImport {

	/** Whether a file with bad lines is imported: never, or its valid lines only, which the user accepted. */
	public enum Mode {
		ALL_OR_NOTHING,
		ACCEPT_PARTIAL
	}

	private EntryRuleImport() {
	}

	/**
	 * @param system   the system's repository, while the store seeds
	 * @param progress lines checked; cancelling before the rules are stored leaves the store as it was
	 */
	public static ImportReport run(RecordRepository system, Reader csv, ImportSource source, Mode mode,
			Progress progress) throws IOException {
		Optional<ParsedMatrix> read = MatrixCsv.parse(csv, progress);
		if (read.isEmpty()) {
			return ImportReport.notImported(Outcome.CANCELLED, 0, List.of());
		}
		ParsedMatrix parsed = read.get();
		if (parsed.hasProblems() && mode == Mode.ALL_OR_NOTHING) {
			return ImportReport.notImported(Outcome.REFUSED, parsed.dataLines(), parsed.problems());
		}
		List<String> destinations = EntryRules.destinations();
		List<EntryRule> proposed = parsed.rows().stream()
				.filter(row -> destinations.contains(row.destination()))
				.map(row -> EntryRules.imported(row, source))
				.toList();
		Map<String, EntryRule> held = system.findAll(EntryPackage.Literals.ENTRY_RULE, EntryRule.class).stream()
				.collect(Collectors.toMap(Record::getId, Function.identity()));
		Set<String> deleted = system.find(RecordQuery.of(EntryPackage.Literals.ENTRY_RULE).deletedOnly(),
				EntryRule.class).stream().map(Record::getId).collect(Collectors.toSet());
		Tally tally = new Tally();
		List<EntryRule> toStore = new ArrayList<>();
		for (EntryRule rule : proposed) {
			tally.corrected += Ca4.applies(rule.getNationality(), rule.getDestination()) ? 1 : 0;
			EntryRule existing = held.get(rule.getId());
			if (deleted.contains(rule.getId())) {
				tally.keptDeleted++;
			} else if (existing == null) {
				tally.created++;
				toStore.add(rule);
			} else if (existing.getConfirmationStatus() == ConfirmationStatus.CONFIRMED) {
				tally.keptConfirmed++;
			} else if (!SystemUser.NAME.equals(existing.getModifiedBy())) {
				tally.keptEdited++;
			} else if (EcoreUtil.equals(existing, withStampsOf(existing, rule))) {
				tally.unchanged++;
			} else {
				tally.updated++;
				toStore.add(rule);
			}
		}
		if (progress.isCancelled()) {
			return ImportReport.notImported(Outcome.CANCELLED, parsed.dataLines(), parsed.problems());
		}
		if (!toStore.isEmpty()) {
			system.saveAll(toStore);
		}
		return new ImportReport(Outcome.IMPORTED, parsed.dataLines(), parsed.problems(), proposed.size(),
				tally.created, tally.updated, tally.unchanged, tally.keptConfirmed, tally.keptEdited,
				tally.keptDeleted, tally.corrected);
	}

	/* The proposed rule with the stored one's version and stamps: it replaces it, and compares on content alone. */
	private static EntryRule withStampsOf(EntryRule stored, EntryRule proposed) {
		proposed.setVersion(stored.getVersion());
		proposed.setCreatedAt(stored.getCreatedAt());
		proposed.setCreatedBy(stored.getCreatedBy());
		proposed.setModifiedAt(stored.getModifiedAt());
		proposed.setModifiedBy(stored.getModifiedBy());
		return proposed;
	}

	private static final class Tally {
		int created;
		int updated;
		int unchanged;
		int keptConfirmed;
		int keptEdited;
		int keptDeleted;
		int corrected;
	}
}
