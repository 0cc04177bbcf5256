/**
 */
package org.crm.enlace.training.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enrolment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The participant in one session: attendance, assessment scores before and after, completion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.Enrolment#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Enrolment#isAttended <em>Attended</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Enrolment#getPreScore <em>Pre Score</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Enrolment#getPostScore <em>Post Score</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.Enrolment#getCompletedOn <em>Completed On</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.training.model.TrainingPackage#getEnrolment()
 * @model
 * @generated
 */
public interface Enrolment extends EObject {
	/**
	 * Returns the value of the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id of the TrainingSession.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Id</em>' attribute.
	 * @see #setSessionId(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getEnrolment_SessionId()
	 * @model
	 * @generated
	 */
	String getSessionId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Enrolment#getSessionId <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Id</em>' attribute.
	 * @see #getSessionId()
	 * @generated
	 */
	void setSessionId(String value);

	/**
	 * Returns the value of the '<em><b>Attended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attended</em>' attribute.
	 * @see #setAttended(boolean)
	 * @see org.crm.enlace.training.model.TrainingPackage#getEnrolment_Attended()
	 * @model
	 * @generated
	 */
	boolean isAttended();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Enrolment#isAttended <em>Attended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attended</em>' attribute.
	 * @see #isAttended()
	 * @generated
	 */
	void setAttended(boolean value);

	/**
	 * Returns the value of the '<em><b>Pre Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessment before the session, 0 to 100; none when not taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Score</em>' attribute.
	 * @see #setPreScore(Integer)
	 * @see org.crm.enlace.training.model.TrainingPackage#getEnrolment_PreScore()
	 * @model
	 * @generated
	 */
	Integer getPreScore();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Enrolment#getPreScore <em>Pre Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Score</em>' attribute.
	 * @see #getPreScore()
	 * @generated
	 */
	void setPreScore(Integer value);

	/**
	 * Returns the value of the '<em><b>Post Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessment after the session, 0 to 100; none when not taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post Score</em>' attribute.
	 * @see #setPostScore(Integer)
	 * @see org.crm.enlace.training.model.TrainingPackage#getEnrolment_PostScore()
	 * @model
	 * @generated
	 */
	Integer getPostScore();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Enrolment#getPostScore <em>Post Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Score</em>' attribute.
	 * @see #getPostScore()
	 * @generated
	 */
	void setPostScore(Integer value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the participant completed the session's training; none while not completed. The certificate carries it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(LocalDate)
	 * @see org.crm.enlace.training.model.TrainingPackage#getEnrolment_CompletedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getCompletedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.Enrolment#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(LocalDate value);

} // Enrolment
