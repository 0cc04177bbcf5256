package org.crm.enlace.cotravel.links;

import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.CoTravelFactory;
import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.LinkDecision;
import org.crm.enlace.cotravel.model.LinkVerdict;
import org.crm.enlace.linkage.Decisions;

/**
 * Analysts' decisions on pairs of persons, kept as {@link LinkDecision} records. Saved at once (no undo buffer): a
 * decision is a fact another analyst's run must respect, and deciding again changes the same record, whose history
 * keeps the earlier verdict.
 */
public final class LinkDecisions {

	private LinkDecisions() {
	}

	/**
	 * A new, unsaved decision of the analyst's country: TLP AMBER, handling code H2 and released to that country
	 * alone, since it says two children's records belong together; the analyst may widen it before saving.
	 */
	public static LinkDecision newDecision(String country, PersonRef a, PersonRef b, LinkVerdict verdict,
			String note) {
		LinkDecision decision = CoTravelFactory.eINSTANCE.createLinkDecision();
		decision.setOwnerCountry(country);
		CoTravelAlerts.markAsChildrensData(decision, country);
		boolean ordered = a.compareTo(b) <= 0;
		decision.setPersonA((ordered ? a : b).toString());
		decision.setPersonB((ordered ? b : a).toString());
		decision.setDecision(verdict);
		decision.setNote(note);
		return decision;
	}

	/**
	 * Records the analyst's verdict on the pair: changes the decision of the analyst's country on it when there is
	 * one, otherwise saves a new one.
	 *
	 * @return the decision as stored
	 */
	public static LinkDecision decide(RecordRepository repository, String country, PersonRef a, PersonRef b,
			LinkVerdict verdict, String note) {
		LinkDecision decision = find(repository, a, b).filter(d -> country.equals(d.getOwnerCountry()))
				.orElseGet(() -> newDecision(country, a, b, verdict, note));
		decision.setDecision(verdict);
		decision.setNote(note);
		return repository.save(decision);
	}

	/** Every decision the user may see: their own country's and those released to it. */
	public static List<LinkDecision> all(RecordRepository repository) {
		return repository.findAll(CoTravelPackage.Literals.LINK_DECISION, LinkDecision.class);
	}

	/** The decision on this pair the user may see, their own country's first. */
	public static Optional<LinkDecision> find(RecordRepository repository, PersonRef a, PersonRef b) {
		String first = (a.compareTo(b) <= 0 ? a : b).toString();
		String second = (a.compareTo(b) <= 0 ? b : a).toString();
		return all(repository).stream().filter(d -> first.equals(d.getPersonA()) && second.equals(d.getPersonB()))
				.findFirst();
	}

	/**
	 * The decisions as the linkage engine reads them. Where two countries decided a pair differently, a rejection
	 * wins: a wrong link between children's records does more harm than a missed one, and the analyst still sees
	 * the pair's confirmation in the other country's record.
	 */
	public static Decisions forLinkage(List<LinkDecision> decisions) {
		Decisions engine = Decisions.none();
		decisions.stream().filter(d -> d.getDecision() == LinkVerdict.CONFIRMED)
				.forEach(d -> engine.confirm(d.getPersonA(), d.getPersonB()));
		decisions.stream().filter(d -> d.getDecision() == LinkVerdict.REJECTED)
				.forEach(d -> engine.reject(d.getPersonA(), d.getPersonB()));
		return engine;
	}
}
