package org.crm.enlace.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.CampaignsFactory;
import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.DisseminationEvent;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.ProjectStatus;
import org.crm.enlace.campaigns.model.SponsorOrigin;
import org.crm.enlace.campaigns.model.Sponsorship;
import org.crm.enlace.campaigns.model.SponsorshipKind;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/** Starts and finds the regional campaign project and its national adaptations (docs/campaigns.md). */
public final class Campaigns {

	private static final CampaignsFactory FACTORY = CampaignsFactory.eINSTANCE;

	private Campaigns() {
	}

	/**
	 * A new, unsaved draft of the regional project, owned by IOM, which drafts it; the whole network sees it (TLP
	 * GREEN): it is meant to be adapted and disseminated.
	 */
	public static CampaignProject newProject(String title, String draftVersion, LocalDate draftDate) {
		CampaignProject project = FACTORY.createCampaignProject();
		project.setOwnerCountry(Owners.IOM);
		project.setTitle(title);
		project.setDraftVersion(draftVersion);
		project.setDraftDate(draftDate);
		project.setStatus(ProjectStatus.DRAFT);
		markForTheNetwork(project);
		return project;
	}

	/** A new, unsaved adaptation of {@code project} by {@code country}, owned by it and seen by the network. */
	public static NationalAdaptation newAdaptation(CampaignProject project, String country) {
		NationalAdaptation adaptation = FACTORY.createNationalAdaptation();
		adaptation.setOwnerCountry(country);
		adaptation.setCountry(country);
		adaptation.setProjectId(project.getId());
		markForTheNetwork(adaptation);
		return adaptation;
	}

	public static DisseminationEvent addEvent(NationalAdaptation adaptation, LocalDate date, String place,
			Channel channel, Integer estimatedReach) {
		DisseminationEvent event = FACTORY.createDisseminationEvent();
		event.setDate(date);
		event.setPlace(place);
		event.setChannel(channel);
		event.setEstimatedReach(estimatedReach);
		adaptation.getEvents().add(event);
		return event;
	}

	/** @param amount and {@code currency} for a cash contribution; {@code null} in kind */
	public static Sponsorship addSponsorship(NationalAdaptation adaptation, String sponsor, SponsorOrigin origin,
			SponsorshipKind kind, BigDecimal amount, String currency) {
		Sponsorship sponsorship = FACTORY.createSponsorship();
		sponsorship.setSponsor(sponsor);
		sponsorship.setOrigin(origin);
		sponsorship.setKind(kind);
		sponsorship.setAmount(amount);
		sponsorship.setCurrency(currency);
		adaptation.getSponsorships().add(sponsorship);
		return sponsorship;
	}

	public static List<CampaignProject> projects(RecordRepository records) {
		return records.findAll(CampaignsPackage.Literals.CAMPAIGN_PROJECT, CampaignProject.class);
	}

	public static List<NationalAdaptation> adaptations(RecordRepository records) {
		return records.findAll(CampaignsPackage.Literals.NATIONAL_ADAPTATION, NationalAdaptation.class);
	}

	public static List<NationalAdaptation> adaptationsOf(RecordRepository records, String projectId) {
		return records.find(RecordQuery.of(CampaignsPackage.Literals.NATIONAL_ADAPTATION)
				.where(CampaignsPackage.Literals.NATIONAL_ADAPTATION__PROJECT_ID, projectId), NationalAdaptation.class);
	}

	private static void markForTheNetwork(org.crm.enlace.model.Record record) {
		record.setReleasability(Releasability.NETWORK);
		record.setTlp(Tlp.GREEN);
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
	}
}
