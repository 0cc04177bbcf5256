/**
 */
package org.crm.enlace.jtf.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person at the meeting. The name is personal data: it is shown to those who may see the record and never written to a log or an error message.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.Participant#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Participant#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Participant#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Participant#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.jtf.model.JtfPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getParticipant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Participant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' attribute.
	 * @see #setOrganization(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getParticipant_Organization()
	 * @model
	 * @generated
	 */
	String getOrganization();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Participant#getOrganization <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' attribute.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country the participant represents; an international organization's own code (Owners) for its staff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getParticipant_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Participant#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.ParticipantRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.crm.enlace.jtf.model.ParticipantRole
	 * @see #setRole(ParticipantRole)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getParticipant_Role()
	 * @model
	 * @generated
	 */
	ParticipantRole getRole();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Participant#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.crm.enlace.jtf.model.ParticipantRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ParticipantRole value);

} // Participant
