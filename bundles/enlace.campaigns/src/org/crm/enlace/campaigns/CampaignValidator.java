package org.crm.enlace.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import org.crm.enlace.campaigns.internal.Messages;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.DisseminationEvent;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Sponsorship;
import org.crm.enlace.campaigns.model.SponsorshipKind;
import org.crm.enlace.campaigns.statistics.StatisticsValidator;
import org.crm.enlace.core.validation.Problem;

/**
 * Checks the regional project and the national adaptations before they are stored; every problem is listed. A
 * project has a title, a draft label and date, and a period whose end is not before its start. An adaptation has
 * a member country, the project it adapts, language codes (ISO 639: two or three lower-case letters), a period in
 * order; each event a date, a place and a channel, a date within the adaptation's period, an estimated reach not
 * negative; each sponsorship a sponsor,
 * and, when in cash, an amount above zero and an ISO 4217 currency, when in kind a description of what is given.
 */
public final class CampaignValidator {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private CampaignValidator() {
	}

	public static List<Problem> validate(CampaignProject project) {
		List<Problem> problems = new ArrayList<>();
		if (blank(project.getTitle())) {
			problems.add(new Problem("title", Messages.get("validation.title")));
		}
		if (blank(project.getDraftVersion()) || project.getDraftDate() == null) {
			problems.add(new Problem("draftVersion", Messages.get("validation.draft")));
		}
		if (project.getStartDate() != null && project.getEndDate() != null
				&& project.getEndDate().isBefore(project.getStartDate())) {
			problems.add(new Problem("endDate", Messages.get("validation.period.order")));
		}
		return problems;
	}

	public static List<Problem> validate(NationalAdaptation adaptation) {
		List<Problem> problems = new ArrayList<>();
		if (!StatisticsValidator.isReportingCountry(adaptation.getCountry())) {
			problems.add(new Problem("country", Messages.get("validation.country")));
		}
		if (blank(adaptation.getProjectId())) {
			problems.add(new Problem("projectId", Messages.get("validation.project")));
		}
		if (adaptation.getLanguages().stream().anyMatch(l -> l == null || !LANGUAGE.matcher(l).matches())) {
			problems.add(new Problem("languages", Messages.get("validation.language")));
		}
		if (adaptation.getStartDate() != null && adaptation.getEndDate() != null
				&& adaptation.getEndDate().isBefore(adaptation.getStartDate())) {
			problems.add(new Problem("endDate", Messages.get("validation.period.order")));
		}
		for (int i = 0; i < adaptation.getEvents().size(); i++) {
			DisseminationEvent event = adaptation.getEvents().get(i);
			if (event.getDate() == null || blank(event.getPlace()) || event.getChannel() == null) {
				problems.add(new Problem("events", Messages.format("validation.event", i + 1)));
			}
			if (event.getEstimatedReach() != null && event.getEstimatedReach() < 0) {
				problems.add(new Problem("estimatedReach", Messages.format("validation.event.reach", i + 1)));
			}
			if (outsidePeriod(adaptation, event)) {
				problems.add(new Problem("date", Messages.format("validation.event.outside", i + 1)));
			}
		}
		for (int i = 0; i < adaptation.getSponsorships().size(); i++) {
			sponsorship(adaptation.getSponsorships().get(i), i + 1, problems);
		}
		return problems;
	}

	/*
	 * An event the adaptation's own period does not hold, when that period is in order (else its order is the
	 * problem): dated before the first day, or after the last when there is one.
	 */
	private static boolean outsidePeriod(NationalAdaptation adaptation, DisseminationEvent event) {
		LocalDate start = adaptation.getStartDate();
		LocalDate end = adaptation.getEndDate();
		if (event.getDate() == null || start == null || end != null && end.isBefore(start)) {
			return false;
		}
		return event.getDate().isBefore(start) || end != null && event.getDate().isAfter(end);
	}

	private static void sponsorship(Sponsorship sponsorship, int position, List<Problem> problems) {
		if (blank(sponsorship.getSponsor())) {
			problems.add(new Problem("sponsor", Messages.format("validation.sponsor", position)));
		}
		if (sponsorship.getKind() == SponsorshipKind.CASH) {
			BigDecimal amount = sponsorship.getAmount();
			if (amount == null || amount.signum() <= 0) {
				problems.add(new Problem("amount", Messages.format("validation.sponsor.amount", position)));
			}
			if (!isCurrency(sponsorship.getCurrency())) {
				problems.add(new Problem("currency", Messages.format("validation.sponsor.currency", position)));
			}
		} else if (blank(sponsorship.getDescription())) {
			problems.add(new Problem("description", Messages.format("validation.sponsor.inKind", position)));
		}
	}

	/** An ISO 4217 code the JDK knows (USD, GTQ, MXN...). */
	private static boolean isCurrency(String code) {
		return code != null && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
