/**
 */
package org.crm.enlace.intel.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Smuggler Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What is known of one suspected smuggler or group of them. Names are allowed only under the handling the report validator states.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.SmugglerProfile#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglerProfile#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglerProfile#getNationalities <em>Nationalities</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglerProfile#getAgeFrom <em>Age From</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglerProfile#getAgeTo <em>Age To</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglerProfile#getNames <em>Names</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile()
 * @model
 * @generated
 */
public interface SmugglerProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Characteristics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Characteristics</em>' attribute.
	 * @see #setCharacteristics(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile_Characteristics()
	 * @model
	 * @generated
	 */
	String getCharacteristics();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglerProfile#getCharacteristics <em>Characteristics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Characteristics</em>' attribute.
	 * @see #getCharacteristics()
	 * @generated
	 */
	void setCharacteristics(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of terms of the smuggler-role vocabulary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile_Roles()
	 * @model
	 * @generated
	 */
	EList<String> getRoles();

	/**
	 * Returns the value of the '<em><b>Nationalities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nationalities</em>' attribute list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile_Nationalities()
	 * @model
	 * @generated
	 */
	EList<String> getNationalities();

	/**
	 * Returns the value of the '<em><b>Age From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age From</em>' attribute.
	 * @see #setAgeFrom(Integer)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile_AgeFrom()
	 * @model
	 * @generated
	 */
	Integer getAgeFrom();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglerProfile#getAgeFrom <em>Age From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age From</em>' attribute.
	 * @see #getAgeFrom()
	 * @generated
	 */
	void setAgeFrom(Integer value);

	/**
	 * Returns the value of the '<em><b>Age To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age To</em>' attribute.
	 * @see #setAgeTo(Integer)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile_AgeTo()
	 * @model
	 * @generated
	 */
	Integer getAgeTo();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglerProfile#getAgeTo <em>Age To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age To</em>' attribute.
	 * @see #getAgeTo()
	 * @generated
	 */
	void setAgeTo(Integer value);

	/**
	 * Returns the value of the '<em><b>Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names or aliases; only under handling code H0 or H1 and TLP AMBER or stricter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Names</em>' attribute list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglerProfile_Names()
	 * @model
	 * @generated
	 */
	EList<String> getNames();

} // SmugglerProfile
