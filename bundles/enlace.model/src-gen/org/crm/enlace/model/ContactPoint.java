/**
 */
package org.crm.enlace.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A country's permanent or alternate contact point of the network (work plan item 1.2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getRole <em>Role</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getFullName <em>Full Name</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getEmail <em>Email</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getWorkingLanguages <em>Working Languages</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.crm.enlace.model.ContactPoint#getLastVerifiedOn <em>Last Verified On</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.model.EnlacePackage#getContactPoint()
 * @model
 * @generated
 */
public interface ContactPoint extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_Country()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.ContactRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.crm.enlace.model.ContactRole
	 * @see #setRole(ContactRole)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_Role()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	ContactRole getRole();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.crm.enlace.model.ContactRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ContactRole value);

	/**
	 * Returns the value of the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Name</em>' attribute.
	 * @see #setFullName(String)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_FullName()
	 * @model
	 * @generated
	 */
	String getFullName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getFullName <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Name</em>' attribute.
	 * @see #getFullName()
	 * @generated
	 */
	void setFullName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' attribute.
	 * @see #setAgency(String)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_Agency()
	 * @model
	 * @generated
	 */
	String getAgency();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getAgency <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' attribute.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phones</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Telephone numbers in E.164 form, e.g. +50222220000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phones</em>' attribute list.
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_Phones()
	 * @model
	 * @generated
	 */
	EList<String> getPhones();

	/**
	 * Returns the value of the '<em><b>Working Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 639-1 codes, e.g. es, en, fr.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Working Languages</em>' attribute list.
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_WorkingLanguages()
	 * @model
	 * @generated
	 */
	EList<String> getWorkingLanguages();

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_ValidFrom()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(LocalDate)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_ValidTo()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidTo();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Verified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Verified On</em>' attribute.
	 * @see #setLastVerifiedOn(LocalDate)
	 * @see org.crm.enlace.model.EnlacePackage#getContactPoint_LastVerifiedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getLastVerifiedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.ContactPoint#getLastVerifiedOn <em>Last Verified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Verified On</em>' attribute.
	 * @see #getLastVerifiedOn()
	 * @generated
	 */
	void setLastVerifiedOn(LocalDate value);

} // ContactPoint
