package org.crm.enlace.entry.request;

import java.util.Optional;

import org.crm.enlace.entry.model.AnswerOutcome;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.EntryRule;

/**
 * A request with its status, as its reader sees it.
 *
 * @param answer the destination's answer, when the reader sees it (the destination and the Secretariat do)
 */
public record RequestState(ConfirmationRequest request, RequestStatus status, Optional<ConfirmationAnswer> answer) {

	/**
	 * The status from what the two owners wrote: the destination's answer first; otherwise the request is open while
	 * the rule is at the version it confirms.
	 *
	 * @param rule   the rule as stored now; empty when it was deleted
	 * @param answer the destination's answer to the request, if any
	 */
	public static RequestState of(ConfirmationRequest request, Optional<EntryRule> rule,
			Optional<ConfirmationAnswer> answer) {
		RequestStatus status;
		if (answer.isPresent()) {
			status = answer.get().getOutcome() == AnswerOutcome.APPLIED ? RequestStatus.APPLIED : RequestStatus.REJECTED;
		} else if (rule.isPresent() && rule.get().getVersion() == request.getRuleVersion()) {
			status = RequestStatus.OPEN;
		} else {
			status = RequestStatus.SUPERSEDED;
		}
		return new RequestState(request, status, answer);
	}

	public boolean isOpen() {
		return status == RequestStatus.OPEN;
	}
}
