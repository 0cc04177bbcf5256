/**
 */
package org.crm.enlace.campaigns.model.util;

import org.crm.enlace.campaigns.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.campaigns.model.CampaignsPackage
 * @generated
 */
public class CampaignsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CampaignsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CampaignsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignsSwitch<Adapter> modelSwitch =
		new CampaignsSwitch<Adapter>() {
			@Override
			public Adapter caseCampaignProject(CampaignProject object) {
				return createCampaignProjectAdapter();
			}
			@Override
			public Adapter caseNationalAdaptation(NationalAdaptation object) {
				return createNationalAdaptationAdapter();
			}
			@Override
			public Adapter caseDisseminationEvent(DisseminationEvent object) {
				return createDisseminationEventAdapter();
			}
			@Override
			public Adapter caseSponsorship(Sponsorship object) {
				return createSponsorshipAdapter();
			}
			@Override
			public Adapter caseVictimStatistics(VictimStatistics object) {
				return createVictimStatisticsAdapter();
			}
			@Override
			public Adapter caseStatisticsCell(StatisticsCell object) {
				return createStatisticsCellAdapter();
			}
			@Override
			public Adapter caseRecord(org.crm.enlace.model.Record object) {
				return createRecordAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.campaigns.model.CampaignProject <em>Campaign Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.campaigns.model.CampaignProject
	 * @generated
	 */
	public Adapter createCampaignProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.campaigns.model.NationalAdaptation <em>National Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.campaigns.model.NationalAdaptation
	 * @generated
	 */
	public Adapter createNationalAdaptationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.campaigns.model.DisseminationEvent <em>Dissemination Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.campaigns.model.DisseminationEvent
	 * @generated
	 */
	public Adapter createDisseminationEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.campaigns.model.Sponsorship <em>Sponsorship</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.campaigns.model.Sponsorship
	 * @generated
	 */
	public Adapter createSponsorshipAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.campaigns.model.VictimStatistics <em>Victim Statistics</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.campaigns.model.VictimStatistics
	 * @generated
	 */
	public Adapter createVictimStatisticsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.campaigns.model.StatisticsCell <em>Statistics Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.campaigns.model.StatisticsCell
	 * @generated
	 */
	public Adapter createStatisticsCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.model.Record
	 * @generated
	 */
	public Adapter createRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CampaignsAdapterFactory
