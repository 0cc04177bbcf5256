/**
 */
package org.crm.enlace.training.model;

import org.crm.enlace.model.Sex;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An official who took part in sessions, owned by the organization that entered the list, released to the official's country, the Secretariat and IOM; the enrolments hold the personal results, so they stay with the person and not in the session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.Participant#getFullName <em>Full Name</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Participant#getSex <em>Sex</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Participant#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Participant#getInstitution <em>Institution</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Participant#getPosition <em>Position</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Participant#getEnrolments <em>Enrolments</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Name</em>' attribute.
	 * @see #setFullName(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant_FullName()
	 * @model
	 * @generated
	 */
	String getFullName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Participant#getFullName <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Name</em>' attribute.
	 * @see #getFullName()
	 * @generated
	 */
	void setFullName(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.crm.enlace.model.Sex
	 * @see #setSex(Sex)
	 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Participant#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.crm.enlace.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country the official serves: the indicator counts the official there.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Participant#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Institution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Institution</em>' attribute.
	 * @see #setInstitution(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant_Institution()
	 * @model
	 * @generated
	 */
	String getInstitution();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Participant#getInstitution <em>Institution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Institution</em>' attribute.
	 * @see #getInstitution()
	 * @generated
	 */
	void setInstitution(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Participant#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Enrolments</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.training.model.Enrolment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enrolments</em>' containment reference list.
	 * @see org.crm.enlace.training.model.TrainingPackage#getParticipant_Enrolments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Enrolment> getEnrolments();

} // Participant
