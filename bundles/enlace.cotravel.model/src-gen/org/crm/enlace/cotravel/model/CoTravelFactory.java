/**
 */
package org.crm.enlace.cotravel.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelPackage
 * @generated
 */
public interface CoTravelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoTravelFactory eINSTANCE = org.crm.enlace.cotravel.model.impl.CoTravelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Alert</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Alert</em>'.
	 * @generated
	 */
	CoTravelAlert createCoTravelAlert();

	/**
	 * Returns a new object of class '<em>Travelling Adult</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Travelling Adult</em>'.
	 * @generated
	 */
	TravellingAdult createTravellingAdult();

	/**
	 * Returns a new object of class '<em>Travelling Child</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Travelling Child</em>'.
	 * @generated
	 */
	TravellingChild createTravellingChild();

	/**
	 * Returns a new object of class '<em>Claimed Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Claimed Relationship</em>'.
	 * @generated
	 */
	ClaimedRelationship createClaimedRelationship();

	/**
	 * Returns a new object of class '<em>Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence</em>'.
	 * @generated
	 */
	Evidence createEvidence();

	/**
	 * Returns a new object of class '<em>Follow Up Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Follow Up Action</em>'.
	 * @generated
	 */
	FollowUpAction createFollowUpAction();

	/**
	 * Returns a new object of class '<em>Link Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Link Decision</em>'.
	 * @generated
	 */
	LinkDecision createLinkDecision();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CoTravelPackage getCoTravelPackage();

} //CoTravelFactory
