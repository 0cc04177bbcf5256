/**
 */
package org.crm.enlace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Country</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.Country#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.model.Country#getNameEs <em>Name Es</em>}</li>
 *   <li>{@link org.crm.enlace.model.Country#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.crm.enlace.model.Country#getNameFr <em>Name Fr</em>}</li>
 *   <li>{@link org.crm.enlace.model.Country#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.model.EnlacePackage#getCountry()
 * @model
 * @generated
 */
public interface Country extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.model.EnlacePackage#getCountry_Code()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Country#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Es</em>' attribute.
	 * @see #setNameEs(String)
	 * @see org.crm.enlace.model.EnlacePackage#getCountry_NameEs()
	 * @model
	 * @generated
	 */
	String getNameEs();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Country#getNameEs <em>Name Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Es</em>' attribute.
	 * @see #getNameEs()
	 * @generated
	 */
	void setNameEs(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.crm.enlace.model.EnlacePackage#getCountry_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Country#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Name Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Fr</em>' attribute.
	 * @see #setNameFr(String)
	 * @see org.crm.enlace.model.EnlacePackage#getCountry_NameFr()
	 * @model
	 * @generated
	 */
	String getNameFr();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Country#getNameFr <em>Name Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Fr</em>' attribute.
	 * @see #getNameFr()
	 * @generated
	 */
	void setNameFr(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.CountryStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.model.CountryStatus
	 * @see #setStatus(CountryStatus)
	 * @see org.crm.enlace.model.EnlacePackage#getCountry_Status()
	 * @model
	 * @generated
	 */
	CountryStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Country#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.model.CountryStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CountryStatus value);

} // Country
