package org.crm.enlace.entry.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StaleRecordException;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.EntryRuleValidator;
import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.AnswerOutcome;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * The destination's answer to a confirmation request: apply it or reject it. Both are the destination's own writes
 * (its rule, its {@link ConfirmationAnswer}); the Secretariat's request is never written, its status follows from
 * the answer ({@link RequestState#of}).
 */
public final class RequestAnswers {

	private RequestAnswers() {
	}

	/**
	 * Applies an open request in one transaction: the rule becomes confirmed as the request says
	 * ({@link ConfirmationRequests#confirmed}), and an APPLIED answer is stored beside it. Nothing is written while
	 * there are problems, or when the rule changed meanwhile (the request is superseded then).
	 *
	 * @return the problems; empty when the request was applied
	 */
	public static List<Problem> apply(RecordRepository repository, CurrentUser user, String requestId,
			LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		Optional<RequestState> state = openState(repository, user, requestId, problems);
		if (state.isEmpty()) {
			return problems;
		}
		ConfirmationRequest request = state.get().request();
		Optional<EntryRule> stored = repository.findById(request.getRuleId()).map(EntryRule.class::cast);
		if (stored.isEmpty()) { // deleted since the state was read
			return List.of(new Problem("request", Messages.format("answer.problem.SUPERSEDED")));
		}
		EntryRule rule = ConfirmationRequests.confirmed(stored.get(), request);
		problems.addAll(EntryRuleValidator.validate(rule));
		if (problems.isEmpty()) {
			try {
				repository.saveAll(List.of(rule, answer(user, request, AnswerOutcome.APPLIED, null, today)));
			} catch (StaleRecordException e) { // changed since the state was read: superseded now
				problems.add(new Problem("request", Messages.format("answer.problem.SUPERSEDED")));
			}
		}
		return problems;
	}

	/**
	 * Rejects an open request, with the destination's reason; the rule stays as it is.
	 *
	 * @return the problems; empty when the rejection was stored
	 */
	public static List<Problem> reject(RecordRepository repository, CurrentUser user, String requestId, String reason,
			LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		Optional<RequestState> state = openState(repository, user, requestId, problems);
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem("reason", Messages.format("answer.problem.reason")));
		}
		if (problems.isEmpty()) {
			repository.save(answer(user, state.orElseThrow().request(), AnswerOutcome.REJECTED, reason.strip(), today));
		}
		return problems;
	}

	/** The request when the user's country may answer it now; otherwise empty, with the problem added. */
	private static Optional<RequestState> openState(RecordRepository repository, CurrentUser user, String requestId,
			List<Problem> problems) {
		Optional<RequestState> state = repository.findById(requestId)
				.filter(ConfirmationRequest.class::isInstance).map(ConfirmationRequest.class::cast)
				.flatMap(r -> ConfirmationRequests.forRule(repository, r.getRuleId()).stream()
						.filter(s -> s.request().getId().equals(requestId)).findFirst());
		if (state.isEmpty()) {
			problems.add(new Problem("request", Messages.format("answer.problem.notFound")));
			return Optional.empty();
		}
		String destination = state.get().request().getDestination();
		if (!AccessRule.mayWrite(user.country(), destination)) {
			problems.add(new Problem("request", Messages.format("answer.refused", destination)));
			return Optional.empty();
		}
		if (!state.get().isOpen()) {
			problems.add(new Problem("request", Messages.format("answer.problem." + state.get().status().name())));
			return Optional.empty();
		}
		return state;
	}

	private static ConfirmationAnswer answer(CurrentUser user, ConfirmationRequest request, AnswerOutcome outcome,
			String reason, LocalDate today) {
		ConfirmationAnswer answer = EntryFactory.eINSTANCE.createConfirmationAnswer();
		answer.setOwnerCountry(request.getDestination());
		answer.setReleasability(Releasability.LISTED);
		answer.getReleasableTo().add(Owners.SECRETARIAT);
		answer.setTlp(Tlp.GREEN);
		answer.setAuthor(user.userName());
		answer.setRequestId(request.getId());
		answer.setRuleId(request.getRuleId());
		answer.setOutcome(outcome);
		answer.setReason(reason);
		answer.setAnsweredOn(today);
		return answer;
	}
}
