/**
 */
package org.crm.enlace.cotravel.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.FollowUpAction#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.FollowUpAction#getAction <em>Action</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.FollowUpAction#getBy <em>By</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.FollowUpAction#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getFollowUpAction()
 * @model
 * @generated
 */
public interface FollowUpAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getFollowUpAction_Date()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.FollowUpAction#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getFollowUpAction_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.FollowUpAction#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service or officer in charge, e.g. the child protection office.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getFollowUpAction_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.FollowUpAction#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.FollowUpStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.FollowUpStatus
	 * @see #setStatus(FollowUpStatus)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getFollowUpAction_Status()
	 * @model
	 * @generated
	 */
	FollowUpStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.FollowUpAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.FollowUpStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FollowUpStatus value);

} // FollowUpAction
