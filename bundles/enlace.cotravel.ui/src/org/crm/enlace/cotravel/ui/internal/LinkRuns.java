package org.crm.enlace.cotravel.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.cotravel.links.CandidateLink;
import org.crm.enlace.cotravel.links.LinkExplanations;
import org.crm.enlace.cotravel.links.Links;
import org.crm.enlace.cotravel.links.PersonLinks;
import org.crm.enlace.cotravel.links.PersonRef;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.model.Person;
import org.crm.enlace.records.MonitorProgress;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/** Runs the linkage of persons in a progress dialog that can be cancelled, and words what it found for tables. */
public final class LinkRuns {

	private LinkRuns() {
	}

	/** The run's result; empty when the user cancelled it or it failed (said in a dialog, never with persons). */
	public static Optional<Links> run(Shell shell, RecordRepository repository) {
		@SuppressWarnings("unchecked")
		Optional<Links>[] result = new Optional[] { Optional.empty() };
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				MonitorProgress progress = new MonitorProgress(monitor, Messages.get("links.task"),
						Locale.getDefault());
				try {
					result[0] = PersonLinks.run(repository, progress);
				} finally {
					progress.done();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.get("links.title"), Messages.get("links.failed"));
		} catch (InterruptedException e) {
			return Optional.empty(); // how the dialog reports a cancelled run
		}
		return result[0];
	}

	/** e.g. "Child 1 · 2026-10-02 MEX · José Luis Ramírez Torres": only what the alert shows the user anyway. */
	public static String person(Links links, PersonRef ref) {
		String alert = links.alert(ref.alertId()).map(LinkRuns::alert).orElse("");
		String name = links.person(ref).map(LinkRuns::name).orElse("");
		return Messages.format("links.person", Messages.get("links.role." + ref.role().name().toLowerCase(
				Locale.ROOT)), ref.position(), alert, name);
	}

	/** e.g. "2026-10-02 MEX". */
	public static String alert(CoTravelAlert alert) {
		return Messages.format("links.alert", String.valueOf(alert.getDate()), alert.getOwnerCountry());
	}

	/** One line per pair with a person of the alert: this side, the other, status, score and why. */
	public static String linesOf(Links links, String alertId) {
		List<String> lines = new ArrayList<>();
		for (CandidateLink link : links.pairsOf(alertId)) {
			boolean here = link.a().alertId().equals(alertId);
			lines.add(Messages.format("links.line", person(links, here ? link.a() : link.b()),
					person(links, here ? link.b() : link.a()), status(link), score(link),
					LinkExplanations.summary(link.explanation())));
		}
		return lines.isEmpty() ? Messages.get("links.none") : String.join("\n", lines);
	}

	public static String status(CandidateLink link) {
		return Messages.get(link.confirmed() ? "links.confirmed" : "links.candidate");
	}

	public static String score(CandidateLink link) {
		return LinkExplanations.score(link.score());
	}

	private static String name(Person person) {
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { person.getGivenNames(), String.join(" ", person.getSurnameParticles()),
				person.getFirstSurname(), person.getSecondSurname() }) {
			if (part != null && !part.isBlank()) {
				name.append(name.isEmpty() ? "" : " ").append(part.strip());
			}
		}
		return name.toString();
	}
}
