/**
 */
package org.crm.enlace.entry.model.impl;

import java.time.LocalDate;

import org.crm.enlace.entry.model.AnswerOutcome;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.EntryPackage;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Confirmation Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl#getRequestId <em>Request Id</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl#getAnsweredOn <em>Answered On</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfirmationAnswerImpl extends RecordImpl implements ConfirmationAnswer {
	/**
	 * The default value of the '{@link #getRequestId() <em>Request Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestId()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUEST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestId() <em>Request Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestId()
	 * @generated
	 * @ordered
	 */
	protected String requestId = REQUEST_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final AnswerOutcome OUTCOME_EDEFAULT = AnswerOutcome.APPLIED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected AnswerOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnsweredOn() <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ANSWERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredOn() <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate answeredOn = ANSWERED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfirmationAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EntryPackage.Literals.CONFIRMATION_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequestId() {
		return requestId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestId(String newRequestId) {
		String oldRequestId = requestId;
		requestId = newRequestId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_ANSWER__REQUEST_ID, oldRequestId, requestId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_ANSWER__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnswerOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(AnswerOutcome newOutcome) {
		AnswerOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_ANSWER__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredOn(LocalDate newAnsweredOn) {
		LocalDate oldAnsweredOn = answeredOn;
		answeredOn = newAnsweredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_ANSWER__ANSWERED_ON, oldAnsweredOn, answeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_ANSWER__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EntryPackage.CONFIRMATION_ANSWER__REQUEST_ID:
				return getRequestId();
			case EntryPackage.CONFIRMATION_ANSWER__RULE_ID:
				return getRuleId();
			case EntryPackage.CONFIRMATION_ANSWER__OUTCOME:
				return getOutcome();
			case EntryPackage.CONFIRMATION_ANSWER__ANSWERED_ON:
				return getAnsweredOn();
			case EntryPackage.CONFIRMATION_ANSWER__REASON:
				return getReason();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EntryPackage.CONFIRMATION_ANSWER__REQUEST_ID:
				setRequestId((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__RULE_ID:
				setRuleId((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__OUTCOME:
				setOutcome((AnswerOutcome)newValue);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__ANSWERED_ON:
				setAnsweredOn((LocalDate)newValue);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__REASON:
				setReason((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EntryPackage.CONFIRMATION_ANSWER__REQUEST_ID:
				setRequestId(REQUEST_ID_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__ANSWERED_ON:
				setAnsweredOn(ANSWERED_ON_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_ANSWER__REASON:
				setReason(REASON_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EntryPackage.CONFIRMATION_ANSWER__REQUEST_ID:
				return REQUEST_ID_EDEFAULT == null ? requestId != null : !REQUEST_ID_EDEFAULT.equals(requestId);
			case EntryPackage.CONFIRMATION_ANSWER__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case EntryPackage.CONFIRMATION_ANSWER__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case EntryPackage.CONFIRMATION_ANSWER__ANSWERED_ON:
				return ANSWERED_ON_EDEFAULT == null ? answeredOn != null : !ANSWERED_ON_EDEFAULT.equals(answeredOn);
			case EntryPackage.CONFIRMATION_ANSWER__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (requestId: ");
		result.append(requestId);
		result.append(", ruleId: ");
		result.append(ruleId);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", answeredOn: ");
		result.append(answeredOn);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //ConfirmationAnswerImpl
