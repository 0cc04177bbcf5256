/**
 */
package org.crm.enlace.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person as every record that holds persons writes one (exchange format, issue 6): contained in its record, never a record of its own. Any field may be absent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.Person#getGivenNames <em>Given Names</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getFirstSurname <em>First Surname</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getSecondSurname <em>Second Surname</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getSurnameParticles <em>Surname Particles</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getSex <em>Sex</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.crm.enlace.model.Person#getMrzName <em>Mrz Name</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.model.EnlacePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Given Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The given names as written, compound names included, e.g. María José.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Given Names</em>' attribute.
	 * @see #setGivenNames(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_GivenNames()
	 * @model
	 * @generated
	 */
	String getGivenNames();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getGivenNames <em>Given Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Names</em>' attribute.
	 * @see #getGivenNames()
	 * @generated
	 */
	void setGivenNames(String value);

	/**
	 * Returns the value of the '<em><b>First Surname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first (paternal, usually) surname without its particles, e.g. Cruz for de la Cruz.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Surname</em>' attribute.
	 * @see #setFirstSurname(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_FirstSurname()
	 * @model
	 * @generated
	 */
	String getFirstSurname();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getFirstSurname <em>First Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Surname</em>' attribute.
	 * @see #getFirstSurname()
	 * @generated
	 */
	void setFirstSurname(String value);

	/**
	 * Returns the value of the '<em><b>Second Surname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The second surname without its particles; absent where only one is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Surname</em>' attribute.
	 * @see #setSecondSurname(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_SecondSurname()
	 * @model
	 * @generated
	 */
	String getSecondSurname();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getSecondSurname <em>Second Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second Surname</em>' attribute.
	 * @see #getSecondSurname()
	 * @generated
	 */
	void setSecondSurname(String value);

	/**
	 * Returns the value of the '<em><b>Surname Particles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The particles of the surnames kept as written, in the order they appear: de, del, de la, y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surname Particles</em>' attribute list.
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_SurnameParticles()
	 * @model
	 * @generated
	 */
	EList<String> getSurnameParticles();

	/**
	 * Returns the value of the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Of Birth</em>' attribute.
	 * @see #setDateOfBirth(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_DateOfBirth()
	 * @model dataType="org.crm.enlace.model.PartialDate"
	 * @generated
	 */
	String getDateOfBirth();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getDateOfBirth <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Birth</em>' attribute.
	 * @see #getDateOfBirth()
	 * @generated
	 */
	void setDateOfBirth(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset when not known, which is not the same as F, the first literal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.crm.enlace.model.Sex
	 * @see #isSetSex()
	 * @see #unsetSex()
	 * @see #setSex(Sex)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_Sex()
	 * @model unsettable="true"
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.crm.enlace.model.Sex
	 * @see #isSetSex()
	 * @see #unsetSex()
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.model.Person#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSex()
	 * @see #getSex()
	 * @see #setSex(Sex)
	 * @generated
	 */
	void unsetSex();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.model.Person#getSex <em>Sex</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sex</em>' attribute is set.
	 * @see #unsetSex()
	 * @see #getSex()
	 * @see #setSex(Sex)
	 * @generated
	 */
	boolean isSetSex();

	/**
	 * Returns the value of the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationality</em>' attribute.
	 * @see #setNationality(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_Nationality()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	String getNationality();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getNationality <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nationality</em>' attribute.
	 * @see #getNationality()
	 * @generated
	 */
	void setNationality(String value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.model.PersonDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<PersonDocument> getDocuments();

	/**
	 * Returns the value of the '<em><b>Mrz Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name as the machine readable zone writes it (ICAO 9303: upper case, < as filler, accents transliterated), when a document was read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mrz Name</em>' attribute.
	 * @see #setMrzName(String)
	 * @see org.crm.enlace.model.EnlacePackage#getPerson_MrzName()
	 * @model
	 * @generated
	 */
	String getMrzName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Person#getMrzName <em>Mrz Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mrz Name</em>' attribute.
	 * @see #getMrzName()
	 * @generated
	 */
	void setMrzName(String value);

} // Person
