/**
 */
package org.crm.enlace.procedures.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.procedures.model.ProceduresPackage
 * @generated
 */
public interface ProceduresFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProceduresFactory eINSTANCE = org.crm.enlace.procedures.model.impl.ProceduresFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Document Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Procedure</em>'.
	 * @generated
	 */
	DocumentProcedure createDocumentProcedure();

	/**
	 * Returns a new object of class '<em>Fee</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fee</em>'.
	 * @generated
	 */
	Fee createFee();

	/**
	 * Returns a new object of class '<em>Age Validity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Age Validity</em>'.
	 * @generated
	 */
	AgeValidity createAgeValidity();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ProceduresPackage getProceduresPackage();

} //ProceduresFactory
