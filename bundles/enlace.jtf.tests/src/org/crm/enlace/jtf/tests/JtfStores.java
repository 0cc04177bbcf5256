package org.crm.enlace.jtf.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.jtf.Commissions;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.internal.MilestoneSeeding;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.NationalCommission;

/** Real Derby stores in temporary folders seeded with the milestone, for (fictitious) users; fictitious records. */
final class JtfStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final LocalDate TODAY = CLOCK.today();
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser HONDURAS = new CurrentUser("hnd.ficticia", "HND", Role.LIAISON_OFFICER);
	static final CurrentUser SECRETARIAT = new CurrentUser("xst.ficticia", "XST", Role.SECRETARIAT);

	private JtfStores() {
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER, List.of(new MilestoneSeeding()),
				List.of(), List.of()).store();
	}

	static Meeting meeting(MeetingKind kind, String date, String country, MeetingStatus status) {
		Meeting meeting = Meetings.newMeeting("GTM", kind, LocalDate.parse(date));
		meeting.setCountry(country);
		meeting.setPlace("Sala de prueba");
		meeting.setStatus(status);
		return meeting;
	}

	static NationalCommission commission(String country, boolean coordinated, LocalDate lastActivity) {
		NationalCommission commission = Commissions.newCommission(country, "Comisión de prueba " + country);
		commission.getInstitutions().add("Institución de prueba");
		commission.setCoordinated(coordinated);
		commission.setLastJointActivityDate(lastActivity);
		commission.setEvidenceReference("Oficio de prueba");
		return commission;
	}
}
