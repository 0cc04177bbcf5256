/**
 */
package org.crm.enlace.entry.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Confirmation Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A destination's answer to a ConfirmationRequest, owned by the destination (which may not write the Secretariat's request) and released to the Secretariat: applied, stored in one transaction with the confirmed rule, or rejected with a reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationAnswer#getRequestId <em>Request Id</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationAnswer#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationAnswer#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationAnswer#getAnsweredOn <em>Answered On</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationAnswer#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationAnswer()
 * @model
 * @generated
 */
public interface ConfirmationAnswer extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Request Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the ConfirmationRequest answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request Id</em>' attribute.
	 * @see #setRequestId(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationAnswer_RequestId()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getRequestId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getRequestId <em>Request Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Id</em>' attribute.
	 * @see #getRequestId()
	 * @generated
	 */
	void setRequestId(String value);

	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the EntryRule the request is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationAnswer_RuleId()
	 * @model required="true"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.AnswerOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.crm.enlace.entry.model.AnswerOutcome
	 * @see #setOutcome(AnswerOutcome)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationAnswer_Outcome()
	 * @model required="true"
	 * @generated
	 */
	AnswerOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.crm.enlace.entry.model.AnswerOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(AnswerOutcome value);

	/**
	 * Returns the value of the '<em><b>Answered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered On</em>' attribute.
	 * @see #setAnsweredOn(LocalDate)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationAnswer_AnsweredOn()
	 * @model dataType="org.crm.enlace.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getAnsweredOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getAnsweredOn <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered On</em>' attribute.
	 * @see #getAnsweredOn()
	 * @generated
	 */
	void setAnsweredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the destination rejects the request; required for a rejection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationAnswer_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // ConfirmationAnswer
