package org.crm.enlace.entry.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crm.enlace.entry.matrix.RequirementCodes;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.request.RequestState;
import org.crm.enlace.entry.ui.internal.Messages;

/** A confirmation request and its answer as text for people: on screen only, never logged. */
final class RequestText {

	private RequestText() {
	}

	static String status(RequestState state) {
		return Messages.get("request.status." + state.status().name());
	}

	/** "DGM-555 of 2026-11-20, requested on 2026-11-29 by st.ficticia (version 3): Open · corrected to VISA_FREE 90" */
	static String line(RequestState state) {
		ConfirmationRequest request = state.request();
		return Stream.of(Messages.format("request.line", reference(request), request.getRequestedOn(),
				request.getAuthor(), request.getRuleVersion(), status(state)), correction(request), answer(state))
				.filter(text -> !text.isEmpty()).collect(Collectors.joining(" · "));
	}

	static String reference(ConfirmationRequest request) {
		return request.getReferenceDate() == null ? request.getReference()
				: Messages.format("request.referenceOf", request.getReference(), request.getReferenceDate());
	}

	/** What the request would write beyond the confirmation; empty when it confirms the rule as it is. */
	static String correction(ConfirmationRequest request) {
		if (!request.isSetCorrectedRequirement()) {
			return "";
		}
		return Messages.format("request.correction", RequirementCodes.label(request.getCorrectedRequirement())
				+ (request.getCorrectedMaxStayDays() == null ? "" : " " + request.getCorrectedMaxStayDays()));
	}

	/** Who answered, when, and why a rejection; empty while unanswered or when the reader does not see it. */
	static String answer(RequestState state) {
		return state.answer().map(RequestText::answer).orElse("");
	}

	private static String answer(ConfirmationAnswer answer) {
		return answer.getReason() == null ? Messages.format("request.answer", answer.getAnsweredOn(), answer.getCreatedBy())
				: Messages.format("request.answer.reason", answer.getAnsweredOn(), answer.getCreatedBy(),
						answer.getReason());
	}
}
