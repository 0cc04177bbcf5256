/**
 */
package org.crm.enlace.specimens.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.specimens.model.SpecimensPackage
 * @generated
 */
public interface SpecimensFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpecimensFactory eINSTANCE = org.crm.enlace.specimens.model.impl.SpecimensFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Document Specimen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Specimen</em>'.
	 * @generated
	 */
	DocumentSpecimen createDocumentSpecimen();

	/**
	 * Returns a new object of class '<em>Holder Age Validity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Holder Age Validity</em>'.
	 * @generated
	 */
	HolderAgeValidity createHolderAgeValidity();

	/**
	 * Returns a new object of class '<em>Specimen Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Specimen Page</em>'.
	 * @generated
	 */
	SpecimenPage createSpecimenPage();

	/**
	 * Returns a new object of class '<em>Page Image</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page Image</em>'.
	 * @generated
	 */
	PageImage createPageImage();

	/**
	 * Returns a new object of class '<em>Callout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Callout</em>'.
	 * @generated
	 */
	Callout createCallout();

	/**
	 * Returns a new object of class '<em>False Document Alert</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>False Document Alert</em>'.
	 * @generated
	 */
	FalseDocumentAlert createFalseDocumentAlert();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SpecimensPackage getSpecimensPackage();

} //SpecimensFactory
