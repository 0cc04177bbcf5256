package org.crm.enlace.jtf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.Meeting;

/**
 * The reminders: action items whose due date has passed while they are still open or in progress. An item due on
 * the day itself is not overdue yet; done and cancelled items never are; an item without a due date cannot be.
 */
public final class OverdueActions {

	private static final Comparator<OverdueAction> ORDER = Comparator
			.comparing(OverdueAction::ownerOrganization, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(OverdueAction::dueDate).thenComparing(OverdueAction::meetingId)
			.thenComparingInt(OverdueAction::position);

	private OverdueActions() {
	}

	/** The overdue action items of the meetings the user may see, by owner organization, then due date. */
	public static List<OverdueAction> asOf(RecordRepository records, LocalDate day) {
		return asOf(Meetings.all(records), day);
	}

	public static List<OverdueAction> asOf(List<Meeting> meetings, LocalDate day) {
		List<OverdueAction> overdue = new ArrayList<>();
		for (Meeting meeting : meetings) {
			List<ActionItem> items = meeting.getActionItems();
			for (int i = 0; i < items.size(); i++) {
				ActionItem item = items.get(i);
				if (isOverdue(item, day)) {
					overdue.add(new OverdueAction(meeting.getId(), meeting.getKind(), meeting.getDate(), i + 1,
							item.getOwnerOrganization(), item.getDescription(), item.getDueDate(), item.getStatus(),
							ChronoUnit.DAYS.between(item.getDueDate(), day)));
				}
			}
		}
		overdue.sort(ORDER);
		return List.copyOf(overdue);
	}

	public static boolean isOverdue(ActionItem item, LocalDate day) {
		boolean pending = item.getStatus() == ActionStatus.OPEN || item.getStatus() == ActionStatus.IN_PROGRESS;
		return pending && item.getDueDate() != null && item.getDueDate().isBefore(day);
	}

	/** The same reminders grouped per owner organization (sorted, case ignored), each group by due date. */
	public static Map<String, List<OverdueAction>> byOwner(List<OverdueAction> overdue) {
		return overdue.stream().collect(Collectors.groupingBy(a -> a.ownerOrganization() == null ? "" : a.ownerOrganization(),
				() -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER), Collectors.toList()));
	}
}
