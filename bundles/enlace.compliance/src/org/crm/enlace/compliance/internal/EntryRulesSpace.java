package org.crm.enlace.compliance.internal;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryPackage;
import org.osgi.service.component.annotations.Component;

/**
 * Entry rules (items 1.1, 1.1.1): the rules with the country as destination that it has confirmed. Complete when all
 * are, partial when some are, missing when none is (or the country has no rule at all). Two counts on the index.
 */
@Component(service = ComplianceSpace.class)
public final class EntryRulesSpace implements ComplianceSpace {

	@Override
	public String id() {
		return "entry-rules";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String label(Locale locale) {
		return Messages.get("space.entry-rules", locale);
	}

	@Override
	public SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period) {
		RecordQuery rules = RecordQuery.of(EntryPackage.Literals.ENTRY_RULE)
				.where(EntryPackage.Literals.ENTRY_RULE__DESTINATION, country);
		long total = repository.count(rules);
		long confirmed = repository.count(
				rules.where(EntryPackage.Literals.ENTRY_RULE__CONFIRMATION_STATUS, ConfirmationStatus.CONFIRMED));
		if (total == 0) {
			return SpaceCheck.of(false, List.of(Messages.get("entry.none")));
		}
		if (confirmed == total) {
			return SpaceCheck.complete();
		}
		return SpaceCheck.of(confirmed > 0, List.of(Messages.format("entry.unconfirmed", total - confirmed, total)));
	}
}
