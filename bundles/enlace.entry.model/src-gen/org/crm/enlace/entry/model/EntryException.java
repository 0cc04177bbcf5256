/**
 */
package org.crm.enlace.entry.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exception</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Travellers of a rule to whom something else applies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.EntryException#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryException#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryException#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.entry.model.EntryPackage#getEntryException()
 * @model
 * @generated
 */
public interface EntryException extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.ExceptionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.entry.model.ExceptionKind
	 * @see #setKind(ExceptionKind)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryException_Kind()
	 * @model required="true"
	 * @generated
	 */
	ExceptionKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryException#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.entry.model.ExceptionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExceptionKind value);

	/**
	 * Returns the value of the '<em><b>Requirement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.Requirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What applies to these travellers instead, when it is one of the requirements; unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirement</em>' attribute.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see #isSetRequirement()
	 * @see #unsetRequirement()
	 * @see #setRequirement(Requirement)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryException_Requirement()
	 * @model unsettable="true"
	 * @generated
	 */
	Requirement getRequirement();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryException#getRequirement <em>Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirement</em>' attribute.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see #isSetRequirement()
	 * @see #unsetRequirement()
	 * @see #getRequirement()
	 * @generated
	 */
	void setRequirement(Requirement value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.entry.model.EntryException#getRequirement <em>Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRequirement()
	 * @see #getRequirement()
	 * @see #setRequirement(Requirement)
	 * @generated
	 */
	void unsetRequirement();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.entry.model.EntryException#getRequirement <em>Requirement</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Requirement</em>' attribute is set.
	 * @see #unsetRequirement()
	 * @see #getRequirement()
	 * @see #setRequirement(Requirement)
	 * @generated
	 */
	boolean isSetRequirement();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryException_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryException#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // EntryException
