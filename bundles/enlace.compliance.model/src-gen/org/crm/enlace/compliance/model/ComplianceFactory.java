/**
 */
package org.crm.enlace.compliance.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.compliance.model.CompliancePackage
 * @generated
 */
public interface ComplianceFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ComplianceFactory eINSTANCE = org.crm.enlace.compliance.model.impl.ComplianceFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Space Approval</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Space Approval</em>'.
	 * @generated
	 */
	SpaceApproval createSpaceApproval();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CompliancePackage getCompliancePackage();

} //ComplianceFactory
