/**
 */
package org.crm.enlace.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An identity or travel document a person holds or presented.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.PersonDocument#getType <em>Type</em>}</li>
 *   <li>{@link org.crm.enlace.model.PersonDocument#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crm.enlace.model.PersonDocument#getIssuingState <em>Issuing State</em>}</li>
 *   <li>{@link org.crm.enlace.model.PersonDocument#getExpiry <em>Expiry</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.model.EnlacePackage#getPersonDocument()
 * @model
 * @generated
 */
public interface PersonDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document type as its MRZ codes it (P passport, I or ID identity card, V visa, ...) or as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPersonDocument_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.PersonDocument#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPersonDocument_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.PersonDocument#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issuing State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code (or an ICAO code of the same form) of the state or organization that issued it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuing State</em>' attribute.
	 * @see #setIssuingState(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPersonDocument_IssuingState()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	String getIssuingState();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.PersonDocument#getIssuingState <em>Issuing State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing State</em>' attribute.
	 * @see #getIssuingState()
	 * @generated
	 */
	void setIssuingState(String value);

	/**
	 * Returns the value of the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiry</em>' attribute.
	 * @see #setExpiry(LocalDate)
	 * @see org.crm.enlace.model.EnlacePackage#getPersonDocument_Expiry()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpiry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.PersonDocument#getExpiry <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry</em>' attribute.
	 * @see #getExpiry()
	 * @generated
	 */
	void setExpiry(LocalDate value);

} // PersonDocument
