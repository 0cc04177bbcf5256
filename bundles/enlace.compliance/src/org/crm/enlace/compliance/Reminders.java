package org.crm.enlace.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.directory.CompletenessRule;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlacePackage;

/** The reminders to send: one per member country that still owes a space, addressed to its contact points. */
public final class Reminders {

	private Reminders() {
	}

	public static List<Reminder> of(List<ComplianceRow> rows, RecordRepository repository, LocalDate today) {
		List<ContactPoint> contacts = repository.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class);
		List<Reminder> reminders = new ArrayList<>();
		for (String country : rows.stream().map(ComplianceRow::country).distinct().toList()) {
			List<ComplianceRow> owed = rows.stream()
					.filter(r -> r.country().equals(country) && r.status().owesSomething()).toList();
			if (owed.isEmpty()) {
				continue;
			}
			List<String> emails = new ArrayList<>();
			for (ContactRole role : ContactRole.values()) {
				Optional<ContactPoint> contact = CompletenessRule.activeContact(country, role, contacts, today);
				contact.map(ContactPoint::getEmail).filter(e -> !e.isBlank()).ifPresent(emails::add);
			}
			List<String> missing = owed.stream()
					.flatMap(r -> r.missing().stream().map(m -> r.spaceLabel() + ": " + m)).toList();
			reminders.add(new Reminder(country, emails, missing, owed.getFirst().deadline(),
					owed.getFirst().daysLeft()));
		}
		return reminders;
	}
}
