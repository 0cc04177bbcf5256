package org.crm.enlace.compliance.internal;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.directory.CompletenessIssue;
import org.crm.enlace.directory.CompletenessRule;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.osgi.service.component.annotations.Component;

/** Contact points (item 1.2): the directory's own completeness rule, permanent and alternate, active and verified. */
@Component(service = ComplianceSpace.class)
public final class ContactsSpace implements ComplianceSpace {

	@Override
	public String id() {
		return "contacts";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String label(Locale locale) {
		return Messages.get("space.contacts", locale);
	}

	@Override
	public SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period) {
		List<ContactPoint> contacts = repository.find(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
				.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, country), ContactPoint.class);
		List<CompletenessIssue> issues = CompletenessRule.check(country, contacts, period.today());
		boolean anyActive = contacts.stream().anyMatch(c -> CompletenessRule.isActive(c, period.today()));
		return SpaceCheck.of(anyActive, issues.stream().map(CompletenessIssue::describe).toList());
	}
}
