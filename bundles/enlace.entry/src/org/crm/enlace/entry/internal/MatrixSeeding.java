package org.crm.enlace.entry.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import org.crm.enlace.core.seed.StartupImport;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.entry.EntryRuleImport;
import org.crm.enlace.entry.EntryRuleImport.Mode;
import org.crm.enlace.entry.ImportReport;
import org.crm.enlace.entry.PassportIndex;
import org.crm.enlace.entry.model.EntryPackage;
import org.osgi.service.component.annotations.Component;

/**
 * Gives every store the matrix: a store that never held an entry rule (a new one, or one from before this work
 * area) gets the shipped passport-index data set's 2,189 rules at its next start, as the system. A store that holds
 * rules, live or deleted, is left to its users and to explicit imports: two counts, nothing read.
 */
@Component(service = StartupImport.class)
public final class MatrixSeeding implements StartupImport {

	@Override
	public int importInto(RecordRepository system) {
		RecordQuery rules = RecordQuery.of(EntryPackage.Literals.ENTRY_RULE);
		if (system.count(rules) > 0 || system.count(rules.deletedOnly()) > 0) {
			return 0;
		}
		try (Reader csv = PassportIndex.open()) {
			ImportReport report = EntryRuleImport.run(system, csv, PassportIndex.SOURCE, Mode.ALL_OR_NOTHING,
					Progress.NONE);
			if (report.outcome() != ImportReport.Outcome.IMPORTED) {
				// The shipped file is checked by the tests: this is a broken build, not a user's mistake.
				throw new IllegalStateException("passport-index: " + report.problems().size() + " bad lines");
			}
			return report.stored();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String title() {
		return Messages.format("seed.title");
	}
}
