/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Records that show the work done: a record type (prefix.Class, as in the exchange format) and, when one record is meant, its id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.EvidenceLink#getRecordType <em>Record Type</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.EvidenceLink#getRecordId <em>Record Id</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getEvidenceLink()
 * @model
 * @generated
 */
public interface EvidenceLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Record Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record Type</em>' attribute.
	 * @see #setRecordType(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getEvidenceLink_RecordType()
	 * @model required="true"
	 * @generated
	 */
	String getRecordType();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.EvidenceLink#getRecordType <em>Record Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Type</em>' attribute.
	 * @see #getRecordType()
	 * @generated
	 */
	void setRecordType(String value);

	/**
	 * Returns the value of the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record Id</em>' attribute.
	 * @see #setRecordId(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getEvidenceLink_RecordId()
	 * @model
	 * @generated
	 */
	String getRecordId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.EvidenceLink#getRecordId <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Id</em>' attribute.
	 * @see #getRecordId()
	 * @generated
	 */
	void setRecordId(String value);

} // EvidenceLink
