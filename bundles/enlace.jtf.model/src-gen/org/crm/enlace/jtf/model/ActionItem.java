/**
 */
package org.crm.enlace.jtf.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the meeting asked an organization to do by a day; overdue when still open or in progress after that day.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.ActionItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.ActionItem#getOwnerOrganization <em>Owner Organization</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.ActionItem#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.ActionItem#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.jtf.model.JtfPackage#getActionItem()
 * @model
 * @generated
 */
public interface ActionItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getActionItem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.ActionItem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization in charge (an institution, never a person).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Organization</em>' attribute.
	 * @see #setOwnerOrganization(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getActionItem_OwnerOrganization()
	 * @model
	 * @generated
	 */
	String getOwnerOrganization();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.ActionItem#getOwnerOrganization <em>Owner Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Organization</em>' attribute.
	 * @see #getOwnerOrganization()
	 * @generated
	 */
	void setOwnerOrganization(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getActionItem_DueDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.ActionItem#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.jtf.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getActionItem_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.ActionItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.jtf.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

} // ActionItem
