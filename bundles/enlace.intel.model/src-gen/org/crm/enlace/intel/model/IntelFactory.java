/**
 */
package org.crm.enlace.intel.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.intel.model.IntelPackage
 * @generated
 */
public interface IntelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IntelFactory eINSTANCE = org.crm.enlace.intel.model.impl.IntelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Smuggling Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Smuggling Report</em>'.
	 * @generated
	 */
	SmugglingReport createSmugglingReport();

	/**
	 * Returns a new object of class '<em>Route Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Route Step</em>'.
	 * @generated
	 */
	RouteStep createRouteStep();

	/**
	 * Returns a new object of class '<em>Smuggler Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Smuggler Profile</em>'.
	 * @generated
	 */
	SmugglerProfile createSmugglerProfile();

	/**
	 * Returns a new object of class '<em>Vocabulary Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vocabulary Term</em>'.
	 * @generated
	 */
	VocabularyTerm createVocabularyTerm();

	/**
	 * Returns a new object of class '<em>Border Crossing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Border Crossing</em>'.
	 * @generated
	 */
	BorderCrossing createBorderCrossing();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	IntelPackage getIntelPackage();

} //IntelFactory
