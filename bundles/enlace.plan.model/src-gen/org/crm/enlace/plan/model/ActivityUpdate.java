/**
 */
package org.crm.enlace.plan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated progress note on an activity, with its status then and the records that evidence it; owned by who wrote it (the Secretariat or the Pro Tempore Presidency's country), so a plan owned by the Secretariat is followed up by both.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.ActivityUpdate#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.ActivityUpdate#getItem <em>Item</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.ActivityUpdate#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.ActivityUpdate#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.ActivityUpdate#getNote <em>Note</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.ActivityUpdate#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate()
 * @model
 * @generated
 */
public interface ActivityUpdate extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' attribute.
	 * @see #setPlan(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate_Plan()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getPlan();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.ActivityUpdate#getPlan <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' attribute.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key of the activity in the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate_Item()
	 * @model required="true"
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.ActivityUpdate#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate_Date()
	 * @model dataType="org.crm.enlace.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.ActivityUpdate#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.plan.model.ActivityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.plan.model.ActivityStatus
	 * @see #setStatus(ActivityStatus)
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate_Status()
	 * @model
	 * @generated
	 */
	ActivityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.ActivityUpdate#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.plan.model.ActivityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActivityStatus value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.ActivityUpdate#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivityUpdate_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidence();

} // ActivityUpdate
