/**
 */
package org.crm.enlace.jtf.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>National Commission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A country's national commission against smuggling and trafficking, owned by that country: its institutions, whether it works in coordination with the Joint Task Force and the date and evidence of its last joint activity (the indicator of result 1.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getInstitutions <em>Institutions</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#isCoordinated <em>Coordinated</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getLastJointActivityDate <em>Last Joint Activity Date</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getLastJointActivity <em>Last Joint Activity</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getEvidenceAttachmentId <em>Evidence Attachment Id</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.NationalCommission#getEvidenceReference <em>Evidence Reference</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission()
 * @model
 * @generated
 */
public interface NationalCommission extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the commission's country.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Institutions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The institutions that sit on the commission, by name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Institutions</em>' attribute list.
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_Institutions()
	 * @model
	 * @generated
	 */
	EList<String> getInstitutions();

	/**
	 * Returns the value of the '<em><b>Coordinated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The country says the commission works in coordination with the Joint Task Force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coordinated</em>' attribute.
	 * @see #setCoordinated(boolean)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_Coordinated()
	 * @model
	 * @generated
	 */
	boolean isCoordinated();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#isCoordinated <em>Coordinated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordinated</em>' attribute.
	 * @see #isCoordinated()
	 * @generated
	 */
	void setCoordinated(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Joint Activity Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Joint Activity Date</em>' attribute.
	 * @see #setLastJointActivityDate(LocalDate)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_LastJointActivityDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getLastJointActivityDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#getLastJointActivityDate <em>Last Joint Activity Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Joint Activity Date</em>' attribute.
	 * @see #getLastJointActivityDate()
	 * @generated
	 */
	void setLastJointActivityDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Joint Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the last joint activity was, in a few words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Joint Activity</em>' attribute.
	 * @see #setLastJointActivity(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_LastJointActivity()
	 * @model
	 * @generated
	 */
	String getLastJointActivity();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#getLastJointActivity <em>Last Joint Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Joint Activity</em>' attribute.
	 * @see #getLastJointActivity()
	 * @generated
	 */
	void setLastJointActivity(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Attachment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the record's attachment that evidences the last joint activity (minutes, a joint report...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Attachment Id</em>' attribute.
	 * @see #setEvidenceAttachmentId(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_EvidenceAttachmentId()
	 * @model
	 * @generated
	 */
	String getEvidenceAttachmentId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#getEvidenceAttachmentId <em>Evidence Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Attachment Id</em>' attribute.
	 * @see #getEvidenceAttachmentId()
	 * @generated
	 */
	void setEvidenceAttachmentId(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the evidence can be found when it is not attached: an official letter's number, a meeting record's id, an address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Reference</em>' attribute.
	 * @see #setEvidenceReference(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getNationalCommission_EvidenceReference()
	 * @model
	 * @generated
	 */
	String getEvidenceReference();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.NationalCommission#getEvidenceReference <em>Evidence Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Reference</em>' attribute.
	 * @see #getEvidenceReference()
	 * @generated
	 */
	void setEvidenceReference(String value);

} // NationalCommission
