/**
 */
package org.crm.enlace.campaigns.model;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Prevention campaigns and victim statistics (work plan, institutional strengthening, objective 2; issue 7 section 2): the regional campaign project, its national adaptations with their dissemination events and sponsorships, and victim statistics entered as aggregates only, never as individuals.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.campaigns.model.CampaignsFactory
 * @model kind="package"
 * @generated
 */
public interface CampaignsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://crm-enlace.org/model/campaigns/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "campaigns";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CampaignsPackage eINSTANCE = org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl <em>Campaign Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.impl.CampaignProjectImpl
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getCampaignProject()
	 * @generated
	 */
	int CAMPAIGN_PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Draft Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__DRAFT_VERSION = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Draft Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__DRAFT_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__SUMMARY = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__START_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT__END_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Campaign Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Campaign Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PROJECT_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl <em>National Adaptation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getNationalAdaptation()
	 * @generated
	 */
	int NATIONAL_ADAPTATION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Project Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__PROJECT_ID = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__LANGUAGES = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__CHANNELS = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__START_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__END_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__EVENTS = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sponsorships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__SPONSORSHIPS = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION__NOTES = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>National Adaptation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>National Adaptation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_ADAPTATION_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl <em>Dissemination Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.impl.DisseminationEventImpl
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getDisseminationEvent()
	 * @generated
	 */
	int DISSEMINATION_EVENT = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT__PLACE = 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT__CHANNEL = 2;

	/**
	 * The feature id for the '<em><b>Estimated Reach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT__ESTIMATED_REACH = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT__DESCRIPTION = 4;

	/**
	 * The number of structural features of the '<em>Dissemination Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dissemination Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSEMINATION_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl <em>Sponsorship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.impl.SponsorshipImpl
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getSponsorship()
	 * @generated
	 */
	int SPONSORSHIP = 3;

	/**
	 * The feature id for the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP__SPONSOR = 0;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP__ORIGIN = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP__KIND = 2;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP__AMOUNT = 3;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP__CURRENCY = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP__DESCRIPTION = 5;

	/**
	 * The number of structural features of the '<em>Sponsorship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Sponsorship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSORSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.impl.VictimStatisticsImpl <em>Victim Statistics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.impl.VictimStatisticsImpl
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getVictimStatistics()
	 * @generated
	 */
	int VICTIM_STATISTICS = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__PERIOD_START = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__PERIOD_END = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__SOURCE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS__CELLS = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Victim Statistics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Victim Statistics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VICTIM_STATISTICS_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl <em>Statistics Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.impl.StatisticsCellImpl
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getStatisticsCell()
	 * @generated
	 */
	int STATISTICS_CELL = 5;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL__POPULATION = 0;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL__SEX = 1;

	/**
	 * The feature id for the '<em><b>Age Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL__AGE_GROUP = 2;

	/**
	 * The feature id for the '<em><b>Exploitation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL__EXPLOITATION = 3;

	/**
	 * The feature id for the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL__NATIONALITY = 4;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL__COUNT = 5;

	/**
	 * The number of structural features of the '<em>Statistics Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Statistics Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTICS_CELL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.ProjectStatus <em>Project Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.ProjectStatus
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getProjectStatus()
	 * @generated
	 */
	int PROJECT_STATUS = 6;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.Channel
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.SponsorOrigin <em>Sponsor Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.SponsorOrigin
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getSponsorOrigin()
	 * @generated
	 */
	int SPONSOR_ORIGIN = 8;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.SponsorshipKind <em>Sponsorship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.SponsorshipKind
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getSponsorshipKind()
	 * @generated
	 */
	int SPONSORSHIP_KIND = 9;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.Population <em>Population</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.Population
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getPopulation()
	 * @generated
	 */
	int POPULATION = 10;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.AgeGroup <em>Age Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.AgeGroup
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getAgeGroup()
	 * @generated
	 */
	int AGE_GROUP = 11;

	/**
	 * The meta object id for the '{@link org.crm.enlace.campaigns.model.Exploitation <em>Exploitation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.campaigns.model.Exploitation
	 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getExploitation()
	 * @generated
	 */
	int EXPLOITATION = 12;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.campaigns.model.CampaignProject <em>Campaign Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign Project</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject
	 * @generated
	 */
	EClass getCampaignProject();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getTitle()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getDraftVersion <em>Draft Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draft Version</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getDraftVersion()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_DraftVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getDraftDate <em>Draft Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draft Date</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getDraftDate()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_DraftDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getStatus()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getSummary()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getStartDate()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.CampaignProject#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.crm.enlace.campaigns.model.CampaignProject#getEndDate()
	 * @see #getCampaignProject()
	 * @generated
	 */
	EAttribute getCampaignProject_EndDate();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.campaigns.model.NationalAdaptation <em>National Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>National Adaptation</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation
	 * @generated
	 */
	EClass getNationalAdaptation();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getProjectId <em>Project Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Id</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getProjectId()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_ProjectId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getCountry()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getTitle()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_Title();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getLanguages()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_Languages();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getChannels()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getStartDate()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getEndDate()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_EndDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getEvents()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EReference getNationalAdaptation_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getSponsorships <em>Sponsorships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sponsorships</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getSponsorships()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EReference getNationalAdaptation_Sponsorships();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.NationalAdaptation#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation#getNotes()
	 * @see #getNationalAdaptation()
	 * @generated
	 */
	EAttribute getNationalAdaptation_Notes();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.campaigns.model.DisseminationEvent <em>Dissemination Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dissemination Event</em>'.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent
	 * @generated
	 */
	EClass getDisseminationEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent#getDate()
	 * @see #getDisseminationEvent()
	 * @generated
	 */
	EAttribute getDisseminationEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent#getPlace()
	 * @see #getDisseminationEvent()
	 * @generated
	 */
	EAttribute getDisseminationEvent_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent#getChannel()
	 * @see #getDisseminationEvent()
	 * @generated
	 */
	EAttribute getDisseminationEvent_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getEstimatedReach <em>Estimated Reach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Reach</em>'.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent#getEstimatedReach()
	 * @see #getDisseminationEvent()
	 * @generated
	 */
	EAttribute getDisseminationEvent_EstimatedReach();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.DisseminationEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent#getDescription()
	 * @see #getDisseminationEvent()
	 * @generated
	 */
	EAttribute getDisseminationEvent_Description();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.campaigns.model.Sponsorship <em>Sponsorship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sponsorship</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship
	 * @generated
	 */
	EClass getSponsorship();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.Sponsorship#getSponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sponsor</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship#getSponsor()
	 * @see #getSponsorship()
	 * @generated
	 */
	EAttribute getSponsorship_Sponsor();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.Sponsorship#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship#getOrigin()
	 * @see #getSponsorship()
	 * @generated
	 */
	EAttribute getSponsorship_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.Sponsorship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship#getKind()
	 * @see #getSponsorship()
	 * @generated
	 */
	EAttribute getSponsorship_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.Sponsorship#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship#getAmount()
	 * @see #getSponsorship()
	 * @generated
	 */
	EAttribute getSponsorship_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.Sponsorship#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship#getCurrency()
	 * @see #getSponsorship()
	 * @generated
	 */
	EAttribute getSponsorship_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.Sponsorship#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.crm.enlace.campaigns.model.Sponsorship#getDescription()
	 * @see #getSponsorship()
	 * @generated
	 */
	EAttribute getSponsorship_Description();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.campaigns.model.VictimStatistics <em>Victim Statistics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Victim Statistics</em>'.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics
	 * @generated
	 */
	EClass getVictimStatistics();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.VictimStatistics#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics#getCountry()
	 * @see #getVictimStatistics()
	 * @generated
	 */
	EAttribute getVictimStatistics_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.VictimStatistics#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics#getPeriodStart()
	 * @see #getVictimStatistics()
	 * @generated
	 */
	EAttribute getVictimStatistics_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.VictimStatistics#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics#getPeriodEnd()
	 * @see #getVictimStatistics()
	 * @generated
	 */
	EAttribute getVictimStatistics_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.VictimStatistics#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics#getSource()
	 * @see #getVictimStatistics()
	 * @generated
	 */
	EAttribute getVictimStatistics_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.campaigns.model.VictimStatistics#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics#getCells()
	 * @see #getVictimStatistics()
	 * @generated
	 */
	EReference getVictimStatistics_Cells();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.campaigns.model.StatisticsCell <em>Statistics Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statistics Cell</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell
	 * @generated
	 */
	EClass getStatisticsCell();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.StatisticsCell#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell#getPopulation()
	 * @see #getStatisticsCell()
	 * @generated
	 */
	EAttribute getStatisticsCell_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.StatisticsCell#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell#getSex()
	 * @see #getStatisticsCell()
	 * @generated
	 */
	EAttribute getStatisticsCell_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.StatisticsCell#getAgeGroup <em>Age Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Group</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell#getAgeGroup()
	 * @see #getStatisticsCell()
	 * @generated
	 */
	EAttribute getStatisticsCell_AgeGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.StatisticsCell#getExploitation <em>Exploitation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exploitation</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell#getExploitation()
	 * @see #getStatisticsCell()
	 * @generated
	 */
	EAttribute getStatisticsCell_Exploitation();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.StatisticsCell#getNationality <em>Nationality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nationality</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell#getNationality()
	 * @see #getStatisticsCell()
	 * @generated
	 */
	EAttribute getStatisticsCell_Nationality();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.campaigns.model.StatisticsCell#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell#getCount()
	 * @see #getStatisticsCell()
	 * @generated
	 */
	EAttribute getStatisticsCell_Count();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.ProjectStatus <em>Project Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Status</em>'.
	 * @see org.crm.enlace.campaigns.model.ProjectStatus
	 * @generated
	 */
	EEnum getProjectStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see org.crm.enlace.campaigns.model.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.SponsorOrigin <em>Sponsor Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sponsor Origin</em>'.
	 * @see org.crm.enlace.campaigns.model.SponsorOrigin
	 * @generated
	 */
	EEnum getSponsorOrigin();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.SponsorshipKind <em>Sponsorship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sponsorship Kind</em>'.
	 * @see org.crm.enlace.campaigns.model.SponsorshipKind
	 * @generated
	 */
	EEnum getSponsorshipKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.Population <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Population</em>'.
	 * @see org.crm.enlace.campaigns.model.Population
	 * @generated
	 */
	EEnum getPopulation();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.AgeGroup <em>Age Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Age Group</em>'.
	 * @see org.crm.enlace.campaigns.model.AgeGroup
	 * @generated
	 */
	EEnum getAgeGroup();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.campaigns.model.Exploitation <em>Exploitation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Exploitation</em>'.
	 * @see org.crm.enlace.campaigns.model.Exploitation
	 * @generated
	 */
	EEnum getExploitation();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CampaignsFactory getCampaignsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.impl.CampaignProjectImpl <em>Campaign Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.impl.CampaignProjectImpl
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getCampaignProject()
		 * @generated
		 */
		EClass CAMPAIGN_PROJECT = eINSTANCE.getCampaignProject();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__TITLE = eINSTANCE.getCampaignProject_Title();

		/**
		 * The meta object literal for the '<em><b>Draft Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__DRAFT_VERSION = eINSTANCE.getCampaignProject_DraftVersion();

		/**
		 * The meta object literal for the '<em><b>Draft Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__DRAFT_DATE = eINSTANCE.getCampaignProject_DraftDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__STATUS = eINSTANCE.getCampaignProject_Status();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__SUMMARY = eINSTANCE.getCampaignProject_Summary();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__START_DATE = eINSTANCE.getCampaignProject_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PROJECT__END_DATE = eINSTANCE.getCampaignProject_EndDate();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl <em>National Adaptation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getNationalAdaptation()
		 * @generated
		 */
		EClass NATIONAL_ADAPTATION = eINSTANCE.getNationalAdaptation();

		/**
		 * The meta object literal for the '<em><b>Project Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__PROJECT_ID = eINSTANCE.getNationalAdaptation_ProjectId();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__COUNTRY = eINSTANCE.getNationalAdaptation_Country();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__TITLE = eINSTANCE.getNationalAdaptation_Title();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__LANGUAGES = eINSTANCE.getNationalAdaptation_Languages();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__CHANNELS = eINSTANCE.getNationalAdaptation_Channels();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__START_DATE = eINSTANCE.getNationalAdaptation_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__END_DATE = eINSTANCE.getNationalAdaptation_EndDate();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NATIONAL_ADAPTATION__EVENTS = eINSTANCE.getNationalAdaptation_Events();

		/**
		 * The meta object literal for the '<em><b>Sponsorships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NATIONAL_ADAPTATION__SPONSORSHIPS = eINSTANCE.getNationalAdaptation_Sponsorships();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_ADAPTATION__NOTES = eINSTANCE.getNationalAdaptation_Notes();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl <em>Dissemination Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.impl.DisseminationEventImpl
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getDisseminationEvent()
		 * @generated
		 */
		EClass DISSEMINATION_EVENT = eINSTANCE.getDisseminationEvent();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISSEMINATION_EVENT__DATE = eINSTANCE.getDisseminationEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISSEMINATION_EVENT__PLACE = eINSTANCE.getDisseminationEvent_Place();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISSEMINATION_EVENT__CHANNEL = eINSTANCE.getDisseminationEvent_Channel();

		/**
		 * The meta object literal for the '<em><b>Estimated Reach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISSEMINATION_EVENT__ESTIMATED_REACH = eINSTANCE.getDisseminationEvent_EstimatedReach();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISSEMINATION_EVENT__DESCRIPTION = eINSTANCE.getDisseminationEvent_Description();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.impl.SponsorshipImpl <em>Sponsorship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.impl.SponsorshipImpl
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getSponsorship()
		 * @generated
		 */
		EClass SPONSORSHIP = eINSTANCE.getSponsorship();

		/**
		 * The meta object literal for the '<em><b>Sponsor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSORSHIP__SPONSOR = eINSTANCE.getSponsorship_Sponsor();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSORSHIP__ORIGIN = eINSTANCE.getSponsorship_Origin();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSORSHIP__KIND = eINSTANCE.getSponsorship_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSORSHIP__AMOUNT = eINSTANCE.getSponsorship_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSORSHIP__CURRENCY = eINSTANCE.getSponsorship_Currency();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSORSHIP__DESCRIPTION = eINSTANCE.getSponsorship_Description();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.impl.VictimStatisticsImpl <em>Victim Statistics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.impl.VictimStatisticsImpl
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getVictimStatistics()
		 * @generated
		 */
		EClass VICTIM_STATISTICS = eINSTANCE.getVictimStatistics();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VICTIM_STATISTICS__COUNTRY = eINSTANCE.getVictimStatistics_Country();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VICTIM_STATISTICS__PERIOD_START = eINSTANCE.getVictimStatistics_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VICTIM_STATISTICS__PERIOD_END = eINSTANCE.getVictimStatistics_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VICTIM_STATISTICS__SOURCE = eINSTANCE.getVictimStatistics_Source();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VICTIM_STATISTICS__CELLS = eINSTANCE.getVictimStatistics_Cells();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl <em>Statistics Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.impl.StatisticsCellImpl
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getStatisticsCell()
		 * @generated
		 */
		EClass STATISTICS_CELL = eINSTANCE.getStatisticsCell();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS_CELL__POPULATION = eINSTANCE.getStatisticsCell_Population();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS_CELL__SEX = eINSTANCE.getStatisticsCell_Sex();

		/**
		 * The meta object literal for the '<em><b>Age Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS_CELL__AGE_GROUP = eINSTANCE.getStatisticsCell_AgeGroup();

		/**
		 * The meta object literal for the '<em><b>Exploitation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS_CELL__EXPLOITATION = eINSTANCE.getStatisticsCell_Exploitation();

		/**
		 * The meta object literal for the '<em><b>Nationality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS_CELL__NATIONALITY = eINSTANCE.getStatisticsCell_Nationality();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTICS_CELL__COUNT = eINSTANCE.getStatisticsCell_Count();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.ProjectStatus <em>Project Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.ProjectStatus
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getProjectStatus()
		 * @generated
		 */
		EEnum PROJECT_STATUS = eINSTANCE.getProjectStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.Channel
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.SponsorOrigin <em>Sponsor Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.SponsorOrigin
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getSponsorOrigin()
		 * @generated
		 */
		EEnum SPONSOR_ORIGIN = eINSTANCE.getSponsorOrigin();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.SponsorshipKind <em>Sponsorship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.SponsorshipKind
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getSponsorshipKind()
		 * @generated
		 */
		EEnum SPONSORSHIP_KIND = eINSTANCE.getSponsorshipKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.Population <em>Population</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.Population
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getPopulation()
		 * @generated
		 */
		EEnum POPULATION = eINSTANCE.getPopulation();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.AgeGroup <em>Age Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.AgeGroup
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getAgeGroup()
		 * @generated
		 */
		EEnum AGE_GROUP = eINSTANCE.getAgeGroup();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.campaigns.model.Exploitation <em>Exploitation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.campaigns.model.Exploitation
		 * @see org.crm.enlace.campaigns.model.impl.CampaignsPackageImpl#getExploitation()
		 * @generated
		 */
		EEnum EXPLOITATION = eINSTANCE.getExploitation();

	}

} //CampaignsPackage
