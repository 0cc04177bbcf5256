/**
 */
package org.crm.enlace.campaigns.model.impl;

import org.crm.enlace.campaigns.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignsFactoryImpl extends EFactoryImpl implements CampaignsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CampaignsFactory init() {
		try {
			CampaignsFactory theCampaignsFactory = (CampaignsFactory)EPackage.Registry.INSTANCE.getEFactory(CampaignsPackage.eNS_URI);
			if (theCampaignsFactory != null) {
				return theCampaignsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CampaignsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CampaignsPackage.CAMPAIGN_PROJECT: return createCampaignProject();
			case CampaignsPackage.NATIONAL_ADAPTATION: return createNationalAdaptation();
			case CampaignsPackage.DISSEMINATION_EVENT: return createDisseminationEvent();
			case CampaignsPackage.SPONSORSHIP: return createSponsorship();
			case CampaignsPackage.VICTIM_STATISTICS: return createVictimStatistics();
			case CampaignsPackage.STATISTICS_CELL: return createStatisticsCell();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CampaignsPackage.PROJECT_STATUS:
				return createProjectStatusFromString(eDataType, initialValue);
			case CampaignsPackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case CampaignsPackage.SPONSOR_ORIGIN:
				return createSponsorOriginFromString(eDataType, initialValue);
			case CampaignsPackage.SPONSORSHIP_KIND:
				return createSponsorshipKindFromString(eDataType, initialValue);
			case CampaignsPackage.POPULATION:
				return createPopulationFromString(eDataType, initialValue);
			case CampaignsPackage.AGE_GROUP:
				return createAgeGroupFromString(eDataType, initialValue);
			case CampaignsPackage.EXPLOITATION:
				return createExploitationFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CampaignsPackage.PROJECT_STATUS:
				return convertProjectStatusToString(eDataType, instanceValue);
			case CampaignsPackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case CampaignsPackage.SPONSOR_ORIGIN:
				return convertSponsorOriginToString(eDataType, instanceValue);
			case CampaignsPackage.SPONSORSHIP_KIND:
				return convertSponsorshipKindToString(eDataType, instanceValue);
			case CampaignsPackage.POPULATION:
				return convertPopulationToString(eDataType, instanceValue);
			case CampaignsPackage.AGE_GROUP:
				return convertAgeGroupToString(eDataType, instanceValue);
			case CampaignsPackage.EXPLOITATION:
				return convertExploitationToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignProject createCampaignProject() {
		CampaignProjectImpl campaignProject = new CampaignProjectImpl();
		return campaignProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NationalAdaptation createNationalAdaptation() {
		NationalAdaptationImpl nationalAdaptation = new NationalAdaptationImpl();
		return nationalAdaptation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisseminationEvent createDisseminationEvent() {
		DisseminationEventImpl disseminationEvent = new DisseminationEventImpl();
		return disseminationEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sponsorship createSponsorship() {
		SponsorshipImpl sponsorship = new SponsorshipImpl();
		return sponsorship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VictimStatistics createVictimStatistics() {
		VictimStatisticsImpl victimStatistics = new VictimStatisticsImpl();
		return victimStatistics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatisticsCell createStatisticsCell() {
		StatisticsCellImpl statisticsCell = new StatisticsCellImpl();
		return statisticsCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectStatus createProjectStatusFromString(EDataType eDataType, String initialValue) {
		ProjectStatus result = ProjectStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue) {
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SponsorOrigin createSponsorOriginFromString(EDataType eDataType, String initialValue) {
		SponsorOrigin result = SponsorOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSponsorOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SponsorshipKind createSponsorshipKindFromString(EDataType eDataType, String initialValue) {
		SponsorshipKind result = SponsorshipKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSponsorshipKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Population createPopulationFromString(EDataType eDataType, String initialValue) {
		Population result = Population.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPopulationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgeGroup createAgeGroupFromString(EDataType eDataType, String initialValue) {
		AgeGroup result = AgeGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgeGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Exploitation createExploitationFromString(EDataType eDataType, String initialValue) {
		Exploitation result = Exploitation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExploitationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignsPackage getCampaignsPackage() {
		return (CampaignsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CampaignsPackage getPackage() {
		return CampaignsPackage.eINSTANCE;
	}

} //CampaignsFactoryImpl
