package org.crm.enlace.cotravel.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.cotravel.AlertFilter;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.linkage.Decisions;
import org.crm.enlace.linkage.Decisions.Decision;
import org.crm.enlace.linkage.Explanation;
import org.crm.enlace.linkage.Linkage;
import org.crm.enlace.linkage.MatchedPair;
import org.crm.enlace.linkage.PlainLinkage;

/**
 * Links the persons of the co-travel alerts the user may see (issue 6 section 4; docs/linkage.md): reads them
 * through the store's access rule, runs the plain linkage with the stored {@link LinkDecisions}, and explains every
 * candidate. What a user may not see never enters the run, so it can neither be a candidate nor show through one.
 */
public final class PersonLinks {

	/** Steps reported to {@link Progress}: reading, linking, explaining. */
	public static final int STEPS = 3;

	private PersonLinks() {
	}

	/** Candidate and confirmed pairs, best first; empty when {@code progress} cancelled the run. */
	public static Optional<Links> run(RecordRepository repository, Progress progress) {
		List<CoTravelAlert> alerts = CoTravelAlerts.find(repository, AlertFilter.ANY);
		Decisions decisions = LinkDecisions.forLinkage(LinkDecisions.all(repository));
		progress.worked(1, STEPS);
		if (progress.isCancelled()) {
			return Optional.empty();
		}
		AlertPersons persons = new AlertPersons(alerts);
		PlainLinkage linkage = Linkage.plain();
		linkage.add(persons.linkageInput());
		List<MatchedPair> matched = linkage.link(linkage.defaultThreshold(), decisions);
		progress.worked(2, STEPS);
		if (progress.isCancelled()) {
			return Optional.empty();
		}
		List<CandidateLink> links = new ArrayList<>(matched.size());
		for (MatchedPair pair : matched) {
			PersonRef a = PersonRef.parse(pair.idA());
			PersonRef b = PersonRef.parse(pair.idB());
			if (a.alertId().equals(b.alertId())) {
				continue; // two persons of one journey are not one person seen twice
			}
			boolean confirmed = decisions.of(pair.idA(), pair.idB()).orElse(null) == Decision.CONFIRMED;
			Explanation explanation = PlainLinkage.explain(persons.linkagePerson(a).orElseThrow(),
					persons.linkagePerson(b).orElseThrow());
			links.add(new CandidateLink(a, b, explanation.score(), confirmed, explanation));
		}
		links.sort(Comparator.comparing(CandidateLink::confirmed).thenComparingDouble(CandidateLink::score)
				.reversed());
		progress.worked(3, STEPS);
		return Optional.of(new Links(persons, links));
	}
}
