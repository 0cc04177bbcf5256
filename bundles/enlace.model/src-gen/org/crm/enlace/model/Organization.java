/**
 */
package org.crm.enlace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A national agency or international body that takes part in the network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.Organization#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.crm.enlace.model.Organization#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.model.Organization#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.model.Organization#getMandate <em>Mandate</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.model.EnlacePackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.crm.enlace.model.EnlacePackage#getOrganization_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Organization#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.crm.enlace.model.EnlacePackage#getOrganization_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Organization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.model.EnlacePackage#getOrganization_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Organization#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.OrganizationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.model.OrganizationKind
	 * @see #setKind(OrganizationKind)
	 * @see org.crm.enlace.model.EnlacePackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	OrganizationKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.model.OrganizationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganizationKind value);

	/**
	 * Returns the value of the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandate</em>' attribute.
	 * @see #setMandate(String)
	 * @see org.crm.enlace.model.EnlacePackage#getOrganization_Mandate()
	 * @model
	 * @generated
	 */
	String getMandate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Organization#getMandate <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandate</em>' attribute.
	 * @see #getMandate()
	 * @generated
	 */
	void setMandate(String value);

} // Organization
