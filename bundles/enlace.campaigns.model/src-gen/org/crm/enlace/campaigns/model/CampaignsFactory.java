/**
 */
package org.crm.enlace.campaigns.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.campaigns.model.CampaignsPackage
 * @generated
 */
public interface CampaignsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CampaignsFactory eINSTANCE = org.crm.enlace.campaigns.model.impl.CampaignsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Campaign Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Campaign Project</em>'.
	 * @generated
	 */
	CampaignProject createCampaignProject();

	/**
	 * Returns a new object of class '<em>National Adaptation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>National Adaptation</em>'.
	 * @generated
	 */
	NationalAdaptation createNationalAdaptation();

	/**
	 * Returns a new object of class '<em>Dissemination Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dissemination Event</em>'.
	 * @generated
	 */
	DisseminationEvent createDisseminationEvent();

	/**
	 * Returns a new object of class '<em>Sponsorship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sponsorship</em>'.
	 * @generated
	 */
	Sponsorship createSponsorship();

	/**
	 * Returns a new object of class '<em>Victim Statistics</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Victim Statistics</em>'.
	 * @generated
	 */
	VictimStatistics createVictimStatistics();

	/**
	 * Returns a new object of class '<em>Statistics Cell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Statistics Cell</em>'.
	 * @generated
	 */
	StatisticsCell createStatisticsCell();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CampaignsPackage getCampaignsPackage();

} //CampaignsFactory
