package org.crm.enlace.bench.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.ProjectStatus;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.jtf.Commissions;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingFormat;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.model.ParticipantRole;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.model.Delivery;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;

/**
 * Ten years of FICTITIOUS work of the 11 members, up to today, made with each area's own API and stored like the
 * demo data set (as the system, in one transaction, marked as fictitious): a training programme a year with three
 * sessions per member and 20 to 40 participants each, monthly victim statistics per member, a campaign project every
 * two years adapted by every member, two Task Force meetings and a GRCM meeting a year with action items, a national
 * commission per member, and the plan's follow-up (activity updates every year, and every quarter a value of each
 * indicator that no area computes from this data).
 * Deterministic: the same day gives the same records.
 */
final class FictitiousDecade implements DemoDataContributor {

	static final int YEARS = 10;
	private static final int SESSIONS_PER_MEMBER_AND_YEAR = 3;
	private static final String ID_KIND = "bench-dashboard";
	private static final List<String> MEMBERS = CountryCatalog.entries().stream()
			.filter(e -> e.status() == CountryStatus.MEMBER).map(CountryCatalog.Entry::code).toList();

	/* The indicators whose areas get data here, so their sources compute them; the others (the compliance board's
	 * information available) are entered by hand every quarter, as the Secretariat does until an area has data. */
	private static final Set<String> COMPUTED_FROM_THIS_DATA = Set.of(IndicatorCodes.OFFICIALS_TRAINED,
			IndicatorCodes.FEWER_VICTIMS, IndicatorCodes.COMMISSIONS_COORDINATED);

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate today = clock.today();
		List<Record> records = new ArrayList<>();
		for (int year = today.getYear() - YEARS + 1; year <= today.getYear(); year++) {
			training(year, today, records);
			if (year % 2 == 0) {
				campaign(year, today, records);
			}
			meetings(year, today, records);
			followUp(year, today, records);
		}
		for (LocalDate month = LocalDate.of(today.getYear() - YEARS + 1, 1, 1); month.plusMonths(1)
				.isBefore(today); month = month.plusMonths(1)) {
			for (String member : MEMBERS) {
				records.add(statistics(member, month));
			}
		}
		for (int m = 0; m < MEMBERS.size(); m++) {
			records.add(commission(MEMBERS.get(m), m, today));
		}
		records.forEach(FictitiousDecade::mark);
		return records;
	}

	private static void training(int year, LocalDate today, List<Record> records) {
		LocalDate approved = LocalDate.of(year, 1, 15);
		if (approved.isAfter(today)) {
			return;
		}
		TrainingProgramme programme = Programmes.newProgramme("BANCO-" + year);
		programme.setId(id("programme/" + year));
		programme.setTitle(Messages.format("decade.programme", year));
		programme.setStatus(ProgrammeStatus.APPROVED);
		programme.setApprovedOn(approved);
		programme.getModules().add(Programmes.newModule("M1", Messages.get("decade.module.law"), false));
		programme.getModules().add(Programmes.newModule("M2", Messages.get("decade.module.victims"), true));
		programme.getModules().forEach(m -> m.setHours(8));
		records.add(programme);
		for (String member : MEMBERS) {
			records.add(Programmes.newTarget(programme, member, 90));
			for (int s = 0; s < SESSIONS_PER_MEMBER_AND_YEAR; s++) {
				LocalDate start = approved.plusMonths(1 + 3L * s);
				if (start.plusDays(2).isBefore(today)) {
					session(programme, member, s, start, records);
				}
			}
		}
	}

	private static void session(TrainingProgramme programme, String member, int number, LocalDate start,
			List<Record> records) {
		String key = member + start;
		TrainingSession session = Programmes.newSession(member, programme, member);
		session.setId(id("session/" + key));
		session.setTitle(Messages.format("decade.session", member, start.toString()));
		session.setPlace(Messages.get("decade.place"));
		session.setDelivery(number == 1 ? Delivery.VIRTUAL : Delivery.IN_PERSON);
		session.setStartDate(start);
		session.setEndDate(start.plusDays(2));
		session.getModuleCodes().addAll(List.of("M1", "M2"));
		records.add(session);
		int participants = 20 + Math.floorMod(key.hashCode(), 21);
		for (int p = 1; p <= participants; p++) {
			Participant participant = Participants.newParticipant(member, member);
			participant.setFullName(Messages.format("decade.participant", key, p));
			participant.setSex(p % 2 == 0 ? Sex.F : Sex.M);
			participant.setInstitution(Messages.format("decade.institution", p % 4));
			participant.setPosition(Messages.get("decade.position"));
			Enrolment enrolment = Participants.newEnrolment(session.getId());
			enrolment.setAttended(p % 15 != 0);
			enrolment.setPreScore(40 + p % 30);
			enrolment.setPostScore(70 + p % 31);
			if (p % 15 != 0 && p % 7 != 0) {
				enrolment.setCompletedOn(session.getEndDate());
			}
			participant.getEnrolments().add(enrolment);
			records.add(participant);
		}
	}

	/* A month's counts, falling slowly over the years; some cells under 11, as real statistics have. */
	private static VictimStatistics statistics(String member, LocalDate month) {
		VictimStatistics s = VictimStatisticsRecords.newStatistics(member, month, month.plusMonths(1).minusDays(1));
		s.setId(id("statistics/" + member + month));
		s.setSource(Messages.get("decade.marker"));
		int base = Math.max(3, 30 - (month.getYear() % 100) / 2);
		int wobble = Math.floorMod((member + month).hashCode(), 7);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_18_29, Exploitation.SEXUAL, member, base + wobble);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_12_17, Exploitation.SEXUAL, member, wobble);
		cell(s, Population.TRAFFICKING_VICTIM, Sex.M, AgeGroup.AGE_30_49, Exploitation.LABOUR, member, base / 2);
		cell(s, Population.VULNERABLE_SMUGGLED_MIGRANT, Sex.M, AgeGroup.AGE_18_29, Exploitation.NOT_APPLICABLE,
				"VEN", 2 * base + wobble);
		return s;
	}

	private static void cell(VictimStatistics s, Population population, Sex sex, AgeGroup age,
			Exploitation exploitation, String nationality, int count) {
		VictimStatisticsRecords.addCell(s, new Breakdown(population, sex, age, exploitation, nationality), count);
	}

	/* A two-year regional campaign, adapted by every member a month apart. */
	private static void campaign(int year, LocalDate today, List<Record> records) {
		LocalDate start = LocalDate.of(year, 3, 1);
		if (start.isAfter(today)) {
			return;
		}
		CampaignProject project = Campaigns.newProject(Messages.format("decade.campaign", year), "1.0",
				start.minusMonths(4));
		project.setId(id("campaign/" + year));
		project.setStatus(ProjectStatus.APPROVED);
		project.setStartDate(start);
		project.setEndDate(start.plusYears(2).minusDays(1));
		records.add(project);
		for (int m = 0; m < MEMBERS.size(); m++) {
			NationalAdaptation adaptation = Campaigns.newAdaptation(project, MEMBERS.get(m));
			adaptation.setId(id("adaptation/" + year + MEMBERS.get(m)));
			adaptation.setTitle(Messages.format("decade.adaptation", MEMBERS.get(m), year));
			adaptation.getLanguages().add("es");
			adaptation.getChannels().addAll(List.of(Channel.RADIO, Channel.SOCIAL_MEDIA));
			LocalDate adapted = start.plusMonths(m % 6);
			adaptation.setStartDate(adapted);
			Campaigns.addEvent(adaptation, adapted.plusDays(10), Messages.get("decade.place"), Channel.RADIO, 20_000);
			Campaigns.addEvent(adaptation, adapted.plusDays(60), Messages.get("decade.place"),
					Channel.COMMUNITY_EVENTS, 300);
			records.add(adaptation);
		}
	}

	/* Two Task Force meetings and the GRCM meeting a year, each with action items; held when in the past. */
	private static void meetings(int year, LocalDate today, List<Record> records) {
		List<LocalDate> dates = List.of(LocalDate.of(year, 4, 20), LocalDate.of(year, 6, 10),
				LocalDate.of(year, 10, 20));
		for (int i = 0; i < dates.size(); i++) {
			LocalDate date = dates.get(i);
			Meeting meeting = Meetings.newMeeting(Owners.SECRETARIAT,
					i == 1 ? MeetingKind.GRCM : MeetingKind.JOINT_TASK_FORCE, date);
			meeting.setId(id("meeting/" + date));
			String host = MEMBERS.get(Math.floorMod(year * 3 + i, MEMBERS.size()));
			meeting.setCountry(host);
			meeting.setTitle(Messages.format("decade.meeting", date.toString()));
			meeting.setFormat(i == 0 ? MeetingFormat.VIRTUAL : MeetingFormat.IN_PERSON);
			meeting.setPlace(Messages.get("decade.place"));
			boolean held = date.isBefore(today);
			if (held) {
				meeting.setStatus(MeetingStatus.HELD);
				meeting.setMinutes(Messages.get("decade.marker"));
			}
			Meetings.addParticipant(meeting, Messages.format("decade.delegate", 1), Messages.get("decade.network"),
					Owners.SECRETARIAT, ParticipantRole.NETWORK_REPRESENTATIVE);
			Meetings.addParticipant(meeting, Messages.format("decade.delegate", 2), Messages.format(
					"decade.institution", 0), host, ParticipantRole.DELEGATE);
			for (int a = 1; a <= 4; a++) {
				LocalDate due = date.plusMonths(a);
				ActionItem item = Meetings.addActionItem(meeting, Messages.format("decade.institution", a % 4),
						Messages.format("decade.action", a), due);
				// The old ones done, a few of the last year's still open and overdue.
				if (held && due.isBefore(today.minusYears(1))) {
					item.setStatus(a == 4 ? ActionStatus.CANCELLED : ActionStatus.DONE);
				}
			}
			records.add(meeting);
		}
	}

	private static NationalCommission commission(String member, int index, LocalDate today) {
		NationalCommission commission = Commissions.newCommission(member, Messages.format("decade.commission",
				member));
		commission.setId(id("commission/" + member));
		commission.getInstitutions().addAll(List.of(Messages.format("decade.institution", 0),
				Messages.format("decade.institution", 2)));
		commission.setCoordinated(index % 4 != 3);
		LocalDate last = today.minusMonths(1 + index % 18);
		commission.setLastJointActivityDate(last);
		commission.setLastJointActivity(Messages.get("decade.marker"));
		commission.setEvidenceReference(Messages.format("decade.evidence", member, last.toString()));
		return commission;
	}

	/* Every activity moves each year (blocked now and then, done at the end for two in three); the indicators no
	 * area computes get a value every quarter. */
	private static void followUp(int year, LocalDate today, List<Record> records) {
		List<Activity> activities = Plans.activities(SeedPlan.plan()).toList();
		int first = today.getYear() - YEARS + 1;
		for (int a = 0; a < activities.size(); a++) {
			LocalDate day = LocalDate.of(year, 1 + a % 12, 5);
			if (day.isAfter(today)) {
				continue;
			}
			ActivityStatus status = year == first ? ActivityStatus.NOT_STARTED
					: (year + a) % 5 == 0 ? ActivityStatus.BLOCKED
							: year == today.getYear() && a % 3 != 0 ? ActivityStatus.DONE : ActivityStatus.IN_PROGRESS;
			records.add(FollowUp.newUpdate(SeedPlan.ID, activities.get(a).getKey(), status, day,
					Messages.format("decade.update", year)));
		}
		List<Indicator> entered = Plans.indicators(SeedPlan.plan())
				.filter(i -> i.getIndicatorCode() != null && !COMPUTED_FROM_THIS_DATA.contains(i.getIndicatorCode()))
				.toList();
		for (int quarter = 0; quarter < 4; quarter++) {
			LocalDate day = LocalDate.of(year, 3 + 3 * quarter, 28);
			if (day.isAfter(today)) {
				continue;
			}
			// Towards the target, reached in the last quarter; without a target, one more each quarter.
			long reached = (year - first) * 4L + quarter + 1;
			for (Indicator indicator : entered) {
				BigDecimal value = indicator.getTarget() == null ? BigDecimal.valueOf(reached)
						: indicator.getTarget().multiply(BigDecimal.valueOf(reached))
								.divideToIntegralValue(BigDecimal.valueOf(YEARS * 4L));
				records.add(FollowUp.newEntry(SeedPlan.ID, indicator.getIndicatorCode(), value, day,
						Messages.format("decade.source", day.toString())));
			}
		}
	}

	private static String id(String key) {
		return ReferenceData.stableId(ID_KIND, key);
	}

	/* As the demo data set: entered by hand, its provenance saying it is fictitious. */
	private static void mark(Record record) {
		if (record.getOwnerCountry() == null) {
			record.setOwnerCountry(Owners.SECRETARIAT);
		}
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		record.setProvenance(Messages.get("decade.marker"));
	}
}
