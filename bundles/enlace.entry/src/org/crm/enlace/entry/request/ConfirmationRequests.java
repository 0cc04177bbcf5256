package org.crm.enlace.entry.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.EntryRuleValidator;
import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryPackage.Literals;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The Secretariat's requests that a destination confirm one of its rules, and reading them back with their status.
 * A request is the Secretariat's own record (owner {@code XST}), released to the destination alone; the destination
 * answers with a record of its own ({@link RequestAnswers}), so each side writes only what it owns.
 */
public final class ConfirmationRequests {

	private ConfirmationRequests() {
	}

	/** Why the user may not ask for confirmations, in the user's language; empty for the Secretariat's users. */
	public static Optional<String> refusal(CurrentUser user) {
		return Owners.SECRETARIAT.equals(user.country()) ? Optional.empty()
				: Optional.of(Messages.format("request.refused"));
	}

	/** A new, unsaved request to confirm the rule as it is stored now, made today by the user. */
	public static ConfirmationRequest newRequest(CurrentUser user, EntryRule rule, LocalDate today) {
		ConfirmationRequest request = EntryFactory.eINSTANCE.createConfirmationRequest();
		request.setOwnerCountry(Owners.SECRETARIAT);
		request.setReleasability(Releasability.LISTED);
		request.getReleasableTo().add(rule.getDestination());
		request.setTlp(Tlp.GREEN);
		request.setAuthor(user.userName());
		request.setRuleId(rule.getId());
		request.setRuleVersion(rule.getVersion());
		request.setDestination(rule.getDestination());
		request.setNationality(rule.getNationality());
		request.setRequestedOn(today);
		return request;
	}

	/**
	 * Stores the request after checking it: the user is of the Secretariat, a reference is given, the rule is still
	 * at the requested version with no other open request for it, and the rule as the request would confirm it
	 * (corrections included) is valid. Nothing is stored while there are problems.
	 *
	 * @return the problems, each naming its field; empty when the request was stored
	 */
	public static List<Problem> create(RecordRepository repository, CurrentUser user, ConfirmationRequest request) {
		List<Problem> problems = new ArrayList<>();
		refusal(user).ifPresent(reason -> problems.add(new Problem("ownerCountry", reason)));
		if (request.getReference() == null || request.getReference().isBlank()) {
			problems.add(new Problem("reference", Messages.format("request.problem.reference")));
		}
		if (!request.isSetCorrectedRequirement() && request.getCorrectedMaxStayDays() != null) {
			problems.add(new Problem("correctedMaxStayDays", Messages.format("request.problem.correctedStay")));
		}
		problems.addAll(MarkingValidator.validate(request));
		Optional<EntryRule> rule = repository.findById(request.getRuleId()).filter(EntryRule.class::isInstance)
				.map(EntryRule.class::cast);
		if (rule.isEmpty()) {
			problems.add(new Problem("ruleId", Messages.format("request.problem.noRule")));
		} else if (rule.get().getVersion() != request.getRuleVersion()) {
			problems.add(new Problem("ruleVersion",
					Messages.format("request.problem.stale", request.getRuleVersion(), rule.get().getVersion())));
		} else {
			forRule(repository, request.getRuleId()).stream().filter(RequestState::isOpen).findFirst()
					.ifPresent(open -> problems.add(new Problem("ruleId",
							Messages.format("request.problem.duplicate", open.request().getReference()))));
			problems.addAll(EntryRuleValidator.validate(confirmed(EcoreUtil.copy(rule.get()), request)));
		}
		if (problems.isEmpty()) {
			repository.save(request);
		}
		return problems;
	}

	/** Every request the user sees, with its status, newest first: the Secretariat's all, a destination's its own. */
	public static List<RequestState> all(RecordRepository repository) {
		return states(repository, RecordQuery.of(Literals.CONFIRMATION_REQUEST));
	}

	/** The requests on a destination's rules that it may still apply, newest first. */
	public static List<RequestState> open(RecordRepository repository, String destination) {
		return states(repository, RecordQuery.of(Literals.CONFIRMATION_REQUEST)
				.where(Literals.CONFIRMATION_REQUEST__DESTINATION, destination)).stream()
				.filter(RequestState::isOpen).toList();
	}

	/** The requests about one rule, newest first. */
	public static List<RequestState> forRule(RecordRepository repository, String ruleId) {
		return states(repository, RecordQuery.of(Literals.CONFIRMATION_REQUEST)
				.where(Literals.CONFIRMATION_REQUEST__RULE_ID, ruleId));
	}

	/**
	 * The rule as the request confirms it: confirmed on the request's date, by its Secretariat author, with the
	 * Secretariat as the confirming party, and the corrected requirement and stay when the request gives them.
	 *
	 * @return {@code rule} itself, changed
	 */
	static EntryRule confirmed(EntryRule rule, ConfirmationRequest request) {
		rule.setConfirmationStatus(ConfirmationStatus.CONFIRMED);
		rule.setConfirmedOn(request.getRequestedOn());
		rule.setConfirmedBy(request.getAuthor() == null || request.getAuthor().isBlank() ? request.getCreatedBy()
				: request.getAuthor());
		rule.setConfirmingParty(ConfirmingParty.SECRETARIAT);
		if (request.isSetCorrectedRequirement()) {
			rule.setRequirement(request.getCorrectedRequirement());
			rule.setMaxStayDays(request.getCorrectedMaxStayDays());
		}
		return rule;
	}

	/**
	 * Only requests the Secretariat owns count, and only answers their destination owns: a record of another owner
	 * that names a request is no request, and no answer to it.
	 */
	private static List<RequestState> states(RecordRepository repository, RecordQuery query) {
		List<ConfirmationRequest> requests = repository
				.find(query.ownedBy(Owners.SECRETARIAT), ConfirmationRequest.class);
		if (requests.isEmpty()) {
			return List.of();
		}
		Map<String, EntryRule> rules = repository
				.findByIds(requests.stream().map(ConfirmationRequest::getRuleId).distinct().toList()).stream()
				.filter(EntryRule.class::isInstance).map(EntryRule.class::cast)
				.collect(Collectors.toMap(Record::getId, Function.identity()));
		Map<String, ConfirmationAnswer> answers = repository
				.find(RecordQuery.of(Literals.CONFIRMATION_ANSWER), ConfirmationAnswer.class).stream()
				.collect(Collectors.toMap(a -> a.getRequestId() + '\n' + a.getOwnerCountry(), Function.identity(),
						(first, second) -> first.getCreatedAt().isBefore(second.getCreatedAt()) ? first : second));
		return requests.stream()
				.map(r -> RequestState.of(r, Optional.ofNullable(rules.get(r.getRuleId())),
						Optional.ofNullable(answers.get(r.getId() + '\n' + r.getDestination()))))
				.sorted(Comparator.comparing((RequestState s) -> s.request().getCreatedAt()).reversed())
				.toList();
	}
}
