/**
 */
package org.crm.enlace.campaigns.model.impl;

import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.CampaignsFactory;
import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.DisseminationEvent;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.ProjectStatus;
import org.crm.enlace.campaigns.model.SponsorOrigin;
import org.crm.enlace.campaigns.model.Sponsorship;
import org.crm.enlace.campaigns.model.SponsorshipKind;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignsPackageImpl extends EPackageImpl implements CampaignsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass campaignProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nationalAdaptationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass disseminationEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sponsorshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass victimStatisticsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statisticsCellEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sponsorOriginEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sponsorshipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum populationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ageGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum exploitationEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.crm.enlace.campaigns.model.CampaignsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CampaignsPackageImpl() {
		super(eNS_URI, CampaignsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CampaignsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CampaignsPackage init() {
		if (isInited) return (CampaignsPackage)EPackage.Registry.INSTANCE.getEPackage(CampaignsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCampaignsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CampaignsPackageImpl theCampaignsPackage = registeredCampaignsPackage instanceof CampaignsPackageImpl ? (CampaignsPackageImpl)registeredCampaignsPackage : new CampaignsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCampaignsPackage.createPackageContents();

		// Initialize created meta-data
		theCampaignsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCampaignsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CampaignsPackage.eNS_URI, theCampaignsPackage);
		return theCampaignsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCampaignProject() {
		return campaignProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_Title() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_DraftVersion() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_DraftDate() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_Status() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_Summary() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_StartDate() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignProject_EndDate() {
		return (EAttribute)campaignProjectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNationalAdaptation() {
		return nationalAdaptationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_ProjectId() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_Country() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_Title() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_Languages() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_Channels() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_StartDate() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_EndDate() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNationalAdaptation_Events() {
		return (EReference)nationalAdaptationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNationalAdaptation_Sponsorships() {
		return (EReference)nationalAdaptationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNationalAdaptation_Notes() {
		return (EAttribute)nationalAdaptationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisseminationEvent() {
		return disseminationEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisseminationEvent_Date() {
		return (EAttribute)disseminationEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisseminationEvent_Place() {
		return (EAttribute)disseminationEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisseminationEvent_Channel() {
		return (EAttribute)disseminationEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisseminationEvent_EstimatedReach() {
		return (EAttribute)disseminationEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisseminationEvent_Description() {
		return (EAttribute)disseminationEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSponsorship() {
		return sponsorshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsorship_Sponsor() {
		return (EAttribute)sponsorshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsorship_Origin() {
		return (EAttribute)sponsorshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsorship_Kind() {
		return (EAttribute)sponsorshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsorship_Amount() {
		return (EAttribute)sponsorshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsorship_Currency() {
		return (EAttribute)sponsorshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsorship_Description() {
		return (EAttribute)sponsorshipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVictimStatistics() {
		return victimStatisticsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVictimStatistics_Country() {
		return (EAttribute)victimStatisticsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVictimStatistics_PeriodStart() {
		return (EAttribute)victimStatisticsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVictimStatistics_PeriodEnd() {
		return (EAttribute)victimStatisticsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVictimStatistics_Source() {
		return (EAttribute)victimStatisticsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVictimStatistics_Cells() {
		return (EReference)victimStatisticsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatisticsCell() {
		return statisticsCellEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatisticsCell_Population() {
		return (EAttribute)statisticsCellEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatisticsCell_Sex() {
		return (EAttribute)statisticsCellEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatisticsCell_AgeGroup() {
		return (EAttribute)statisticsCellEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatisticsCell_Exploitation() {
		return (EAttribute)statisticsCellEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatisticsCell_Nationality() {
		return (EAttribute)statisticsCellEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatisticsCell_Count() {
		return (EAttribute)statisticsCellEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectStatus() {
		return projectStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSponsorOrigin() {
		return sponsorOriginEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSponsorshipKind() {
		return sponsorshipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPopulation() {
		return populationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgeGroup() {
		return ageGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExploitation() {
		return exploitationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignsFactory getCampaignsFactory() {
		return (CampaignsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		campaignProjectEClass = createEClass(CAMPAIGN_PROJECT);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__TITLE);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__DRAFT_VERSION);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__DRAFT_DATE);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__STATUS);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__SUMMARY);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__START_DATE);
		createEAttribute(campaignProjectEClass, CAMPAIGN_PROJECT__END_DATE);

		nationalAdaptationEClass = createEClass(NATIONAL_ADAPTATION);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__PROJECT_ID);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__COUNTRY);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__TITLE);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__LANGUAGES);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__CHANNELS);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__START_DATE);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__END_DATE);
		createEReference(nationalAdaptationEClass, NATIONAL_ADAPTATION__EVENTS);
		createEReference(nationalAdaptationEClass, NATIONAL_ADAPTATION__SPONSORSHIPS);
		createEAttribute(nationalAdaptationEClass, NATIONAL_ADAPTATION__NOTES);

		disseminationEventEClass = createEClass(DISSEMINATION_EVENT);
		createEAttribute(disseminationEventEClass, DISSEMINATION_EVENT__DATE);
		createEAttribute(disseminationEventEClass, DISSEMINATION_EVENT__PLACE);
		createEAttribute(disseminationEventEClass, DISSEMINATION_EVENT__CHANNEL);
		createEAttribute(disseminationEventEClass, DISSEMINATION_EVENT__ESTIMATED_REACH);
		createEAttribute(disseminationEventEClass, DISSEMINATION_EVENT__DESCRIPTION);

		sponsorshipEClass = createEClass(SPONSORSHIP);
		createEAttribute(sponsorshipEClass, SPONSORSHIP__SPONSOR);
		createEAttribute(sponsorshipEClass, SPONSORSHIP__ORIGIN);
		createEAttribute(sponsorshipEClass, SPONSORSHIP__KIND);
		createEAttribute(sponsorshipEClass, SPONSORSHIP__AMOUNT);
		createEAttribute(sponsorshipEClass, SPONSORSHIP__CURRENCY);
		createEAttribute(sponsorshipEClass, SPONSORSHIP__DESCRIPTION);

		victimStatisticsEClass = createEClass(VICTIM_STATISTICS);
		createEAttribute(victimStatisticsEClass, VICTIM_STATISTICS__COUNTRY);
		createEAttribute(victimStatisticsEClass, VICTIM_STATISTICS__PERIOD_START);
		createEAttribute(victimStatisticsEClass, VICTIM_STATISTICS__PERIOD_END);
		createEAttribute(victimStatisticsEClass, VICTIM_STATISTICS__SOURCE);
		createEReference(victimStatisticsEClass, VICTIM_STATISTICS__CELLS);

		statisticsCellEClass = createEClass(STATISTICS_CELL);
		createEAttribute(statisticsCellEClass, STATISTICS_CELL__POPULATION);
		createEAttribute(statisticsCellEClass, STATISTICS_CELL__SEX);
		createEAttribute(statisticsCellEClass, STATISTICS_CELL__AGE_GROUP);
		createEAttribute(statisticsCellEClass, STATISTICS_CELL__EXPLOITATION);
		createEAttribute(statisticsCellEClass, STATISTICS_CELL__NATIONALITY);
		createEAttribute(statisticsCellEClass, STATISTICS_CELL__COUNT);

		// Create enums
		projectStatusEEnum = createEEnum(PROJECT_STATUS);
		channelEEnum = createEEnum(CHANNEL);
		sponsorOriginEEnum = createEEnum(SPONSOR_ORIGIN);
		sponsorshipKindEEnum = createEEnum(SPONSORSHIP_KIND);
		populationEEnum = createEEnum(POPULATION);
		ageGroupEEnum = createEEnum(AGE_GROUP);
		exploitationEEnum = createEEnum(EXPLOITATION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		EnlacePackage theEnlacePackage = (EnlacePackage)EPackage.Registry.INSTANCE.getEPackage(EnlacePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		campaignProjectEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		nationalAdaptationEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		victimStatisticsEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(campaignProjectEClass, CampaignProject.class, "CampaignProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCampaignProject_Title(), ecorePackage.getEString(), "title", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaignProject_DraftVersion(), ecorePackage.getEString(), "draftVersion", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaignProject_DraftDate(), theEnlacePackage.getLocalDate(), "draftDate", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaignProject_Status(), this.getProjectStatus(), "status", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaignProject_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaignProject_StartDate(), theEnlacePackage.getLocalDate(), "startDate", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaignProject_EndDate(), theEnlacePackage.getLocalDate(), "endDate", null, 0, 1, CampaignProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nationalAdaptationEClass, NationalAdaptation.class, "NationalAdaptation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNationalAdaptation_ProjectId(), ecorePackage.getEString(), "projectId", null, 0, 1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_Country(), ecorePackage.getEString(), "country", null, 0, 1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_Title(), ecorePackage.getEString(), "title", null, 0, 1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_Languages(), ecorePackage.getEString(), "languages", null, 0, -1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_Channels(), this.getChannel(), "channels", null, 0, -1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_StartDate(), theEnlacePackage.getLocalDate(), "startDate", null, 0, 1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_EndDate(), theEnlacePackage.getLocalDate(), "endDate", null, 0, 1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNationalAdaptation_Events(), this.getDisseminationEvent(), null, "events", null, 0, -1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNationalAdaptation_Sponsorships(), this.getSponsorship(), null, "sponsorships", null, 0, -1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNationalAdaptation_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, NationalAdaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(disseminationEventEClass, DisseminationEvent.class, "DisseminationEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisseminationEvent_Date(), theEnlacePackage.getLocalDate(), "date", null, 0, 1, DisseminationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisseminationEvent_Place(), ecorePackage.getEString(), "place", null, 0, 1, DisseminationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisseminationEvent_Channel(), this.getChannel(), "channel", null, 0, 1, DisseminationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisseminationEvent_EstimatedReach(), ecorePackage.getEIntegerObject(), "estimatedReach", null, 0, 1, DisseminationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisseminationEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1, DisseminationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sponsorshipEClass, Sponsorship.class, "Sponsorship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSponsorship_Sponsor(), ecorePackage.getEString(), "sponsor", null, 0, 1, Sponsorship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsorship_Origin(), this.getSponsorOrigin(), "origin", null, 0, 1, Sponsorship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsorship_Kind(), this.getSponsorshipKind(), "kind", null, 0, 1, Sponsorship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsorship_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Sponsorship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsorship_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Sponsorship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsorship_Description(), ecorePackage.getEString(), "description", null, 0, 1, Sponsorship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(victimStatisticsEClass, VictimStatistics.class, "VictimStatistics", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVictimStatistics_Country(), ecorePackage.getEString(), "country", null, 0, 1, VictimStatistics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVictimStatistics_PeriodStart(), theEnlacePackage.getLocalDate(), "periodStart", null, 0, 1, VictimStatistics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVictimStatistics_PeriodEnd(), theEnlacePackage.getLocalDate(), "periodEnd", null, 0, 1, VictimStatistics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVictimStatistics_Source(), ecorePackage.getEString(), "source", null, 0, 1, VictimStatistics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVictimStatistics_Cells(), this.getStatisticsCell(), null, "cells", null, 0, -1, VictimStatistics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statisticsCellEClass, StatisticsCell.class, "StatisticsCell", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatisticsCell_Population(), this.getPopulation(), "population", null, 0, 1, StatisticsCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatisticsCell_Sex(), theEnlacePackage.getSex(), "sex", null, 0, 1, StatisticsCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatisticsCell_AgeGroup(), this.getAgeGroup(), "ageGroup", null, 0, 1, StatisticsCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatisticsCell_Exploitation(), this.getExploitation(), "exploitation", null, 0, 1, StatisticsCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatisticsCell_Nationality(), ecorePackage.getEString(), "nationality", null, 0, 1, StatisticsCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatisticsCell_Count(), ecorePackage.getEInt(), "count", null, 0, 1, StatisticsCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(projectStatusEEnum, ProjectStatus.class, "ProjectStatus");
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.DRAFT);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.UNDER_REVIEW);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.APPROVED);

		initEEnum(channelEEnum, Channel.class, "Channel");
		addEEnumLiteral(channelEEnum, Channel.RADIO);
		addEEnumLiteral(channelEEnum, Channel.TELEVISION);
		addEEnumLiteral(channelEEnum, Channel.SOCIAL_MEDIA);
		addEEnumLiteral(channelEEnum, Channel.POSTERS);
		addEEnumLiteral(channelEEnum, Channel.COMMUNITY_EVENTS);
		addEEnumLiteral(channelEEnum, Channel.PRESS);
		addEEnumLiteral(channelEEnum, Channel.OTHER);

		initEEnum(sponsorOriginEEnum, SponsorOrigin.class, "SponsorOrigin");
		addEEnumLiteral(sponsorOriginEEnum, SponsorOrigin.INTERNAL);
		addEEnumLiteral(sponsorOriginEEnum, SponsorOrigin.EXTERNAL);

		initEEnum(sponsorshipKindEEnum, SponsorshipKind.class, "SponsorshipKind");
		addEEnumLiteral(sponsorshipKindEEnum, SponsorshipKind.IN_KIND);
		addEEnumLiteral(sponsorshipKindEEnum, SponsorshipKind.CASH);

		initEEnum(populationEEnum, Population.class, "Population");
		addEEnumLiteral(populationEEnum, Population.TRAFFICKING_VICTIM);
		addEEnumLiteral(populationEEnum, Population.VULNERABLE_SMUGGLED_MIGRANT);

		initEEnum(ageGroupEEnum, AgeGroup.class, "AgeGroup");
		addEEnumLiteral(ageGroupEEnum, AgeGroup.AGE_UNDER_12);
		addEEnumLiteral(ageGroupEEnum, AgeGroup.AGE_12_17);
		addEEnumLiteral(ageGroupEEnum, AgeGroup.AGE_18_29);
		addEEnumLiteral(ageGroupEEnum, AgeGroup.AGE_30_49);
		addEEnumLiteral(ageGroupEEnum, AgeGroup.AGE_50_PLUS);
		addEEnumLiteral(ageGroupEEnum, AgeGroup.UNKNOWN);

		initEEnum(exploitationEEnum, Exploitation.class, "Exploitation");
		addEEnumLiteral(exploitationEEnum, Exploitation.SEXUAL);
		addEEnumLiteral(exploitationEEnum, Exploitation.LABOUR);
		addEEnumLiteral(exploitationEEnum, Exploitation.FORCED_CRIMINALITY);
		addEEnumLiteral(exploitationEEnum, Exploitation.FORCED_BEGGING);
		addEEnumLiteral(exploitationEEnum, Exploitation.FORCED_MARRIAGE);
		addEEnumLiteral(exploitationEEnum, Exploitation.ORGAN_REMOVAL);
		addEEnumLiteral(exploitationEEnum, Exploitation.OTHER);
		addEEnumLiteral(exploitationEEnum, Exploitation.NOT_APPLICABLE);
		addEEnumLiteral(exploitationEEnum, Exploitation.UNKNOWN);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
		// http://crm-enlace.org/exchange
		createExchangeAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/store/index</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createIndexAnnotations() {
		String source = "http://crm-enlace.org/store/index";
		addAnnotation
		  (getNationalAdaptation_ProjectId(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getNationalAdaptation_Country(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getVictimStatistics_Country(),
		   source,
		   new String[] {
		   });
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/exchange</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExchangeAnnotations() {
		String source = "http://crm-enlace.org/exchange";
		addAnnotation
		  (getNationalAdaptation_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getVictimStatistics_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getStatisticsCell_Nationality(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
	}

} //CampaignsPackageImpl
