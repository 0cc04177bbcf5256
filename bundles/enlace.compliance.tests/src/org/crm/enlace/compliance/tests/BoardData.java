package org.crm.enlace.compliance.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceApprovals;
import org.crm.enlace.compliance.model.SpaceApproval;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;

/**
 * Crafted, fictitious data in a real store: Guatemala has entered everything, Mexico part of each space, Honduras
 * nothing; the space was approved on {@link #APPROVED_ON}, so the deadline is 2026-12-01.
 */
final class BoardData {

	static final LocalDate APPROVED_ON = LocalDate.parse("2026-08-01");
	static final NodeKeys KEYS = NodeKeys.generate();
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);

	private BoardData() {
	}

	static RecordStore open(Path data, CurrentUser user, Clock clock) {
		return factory().open(data, user, KEYS, clock);
	}

	/** Writes the crafted records as the system, then records the approval as the Secretariat. */
	static void craft(Path data, Clock clock) {
		LocalDate today = clock.today();
		List<Record> records = new ArrayList<>();
		records.add(contact("GTM", ContactRole.PERMANENT, today));
		records.add(contact("GTM", ContactRole.ALTERNATE, today));
		records.add(contact("MEX", ContactRole.PERMANENT, today));
		records.add(rule("GTM", "SLV", ConfirmationStatus.CONFIRMED));
		records.add(rule("GTM", "COL", ConfirmationStatus.CONFIRMED));
		records.add(rule("MEX", "SLV", ConfirmationStatus.CONFIRMED));
		records.add(rule("MEX", "COL", ConfirmationStatus.UNCONFIRMED));
		records.add(rule("MEX", "PER", ConfirmationStatus.UNCONFIRMED));
		for (DocumentKind kind : List.of(DocumentKind.PASSPORT, DocumentKind.NATIONAL_ID_CARD,
				DocumentKind.MINOR_TRAVEL_PERMIT)) {
			records.add(procedure("GTM", kind));
		}
		records.add(procedure("MEX", DocumentKind.PASSPORT));
		records.add(procedure("MEX", DocumentKind.BIRTH_CERTIFICATE));
		factory().openAfterSeeding(data, SECRETARIAT, KEYS, clock, system -> system.saveAll(records)).close();
		try (RecordStore store = open(data, SECRETARIAT, clock)) {
			SpaceApprovals.record(store, APPROVED_ON, "Acta ficticia");
		}
	}

	static List<ComplianceSpace> spaces() {
		return Services.all(ComplianceSpace.class);
	}

	static SpaceApproval approval(RecordStore store) {
		return SpaceApprovals.current(store).orElseThrow();
	}

	private static ContactPoint contact(String country, ContactRole role, LocalDate today) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setCountry(country);
		contact.setOwnerCountry(country);
		contact.setReleasability(Releasability.ALL_MEMBERS);
		contact.setRole(role);
		contact.setFullName("Persona Ficticia");
		contact.setEmail(role.name().toLowerCase(java.util.Locale.ROOT) + "." + country.toLowerCase(java.util.Locale.ROOT) + "@example.org");
		contact.getPhones().add("+50255500000");
		contact.setValidFrom(today.minusDays(400));
		// Far ahead of every clock of the tests: the contacts stay verified after the deadline too.
		contact.setLastVerifiedOn(today.minusDays(1));
		return contact;
	}

	private static EntryRule rule(String destination, String nationality, ConfirmationStatus status) {
		EntryRule rule = EntryFactory.eINSTANCE.createEntryRule();
		rule.setOwnerCountry(destination);
		rule.setReleasability(Releasability.ALL_MEMBERS);
		rule.setDestination(destination);
		rule.setNationality(nationality);
		rule.setRequirement(Requirement.VISA_REQUIRED);
		rule.setConfirmationStatus(status);
		return rule;
	}

	private static DocumentProcedure procedure(String country, DocumentKind kind) {
		DocumentProcedure procedure = Procedures.newProcedure(country, kind);
		procedure.setIssuingAuthority("Autoridad ficticia");
		return procedure;
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
	}
}
