/**
 */
package org.crm.enlace.compliance.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Space Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The day a network's private space was approved, recorded by the Technical Secretariat (owner XST); one record per network, a correction is a new version of it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.compliance.model.SpaceApproval#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.crm.enlace.compliance.model.SpaceApproval#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.crm.enlace.compliance.model.SpaceApproval#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.compliance.model.CompliancePackage#getSpaceApproval()
 * @model
 * @generated
 */
public interface SpaceApproval extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see #setNetwork(String)
	 * @see org.crm.enlace.compliance.model.CompliancePackage#getSpaceApproval_Network()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getNetwork();

	/**
	 * Sets the value of the '{@link org.crm.enlace.compliance.model.SpaceApproval#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(String value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(LocalDate)
	 * @see org.crm.enlace.compliance.model.CompliancePackage#getSpaceApproval_ApprovedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getApprovedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.compliance.model.SpaceApproval#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the approval is recorded (meeting, minutes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.compliance.model.CompliancePackage#getSpaceApproval_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.compliance.model.SpaceApproval#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // SpaceApproval
