/**
 */
package org.crm.enlace.training.model.impl;

import java.time.LocalDate;

import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.TrainingPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enrolment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.impl.EnrolmentImpl#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.EnrolmentImpl#isAttended <em>Attended</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.EnrolmentImpl#getPreScore <em>Pre Score</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.EnrolmentImpl#getPostScore <em>Post Score</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.EnrolmentImpl#getCompletedOn <em>Completed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnrolmentImpl extends MinimalEObjectImpl.Container implements Enrolment {
	/**
	 * The default value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected String sessionId = SESSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isAttended() <em>Attended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttended()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTENDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttended() <em>Attended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttended()
	 * @generated
	 * @ordered
	 */
	protected boolean attended = ATTENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreScore() <em>Pre Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreScore()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PRE_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreScore() <em>Pre Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreScore()
	 * @generated
	 * @ordered
	 */
	protected Integer preScore = PRE_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostScore() <em>Post Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostScore()
	 * @generated
	 * @ordered
	 */
	protected static final Integer POST_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostScore() <em>Post Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostScore()
	 * @generated
	 * @ordered
	 */
	protected Integer postScore = POST_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnrolmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrainingPackage.Literals.ENROLMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionId() {
		return sessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionId(String newSessionId) {
		String oldSessionId = sessionId;
		sessionId = newSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ENROLMENT__SESSION_ID, oldSessionId, sessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttended() {
		return attended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttended(boolean newAttended) {
		boolean oldAttended = attended;
		attended = newAttended;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ENROLMENT__ATTENDED, oldAttended, attended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPreScore() {
		return preScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreScore(Integer newPreScore) {
		Integer oldPreScore = preScore;
		preScore = newPreScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ENROLMENT__PRE_SCORE, oldPreScore, preScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPostScore() {
		return postScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostScore(Integer newPostScore) {
		Integer oldPostScore = postScore;
		postScore = newPostScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ENROLMENT__POST_SCORE, oldPostScore, postScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(LocalDate newCompletedOn) {
		LocalDate oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.ENROLMENT__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrainingPackage.ENROLMENT__SESSION_ID:
				return getSessionId();
			case TrainingPackage.ENROLMENT__ATTENDED:
				return isAttended();
			case TrainingPackage.ENROLMENT__PRE_SCORE:
				return getPreScore();
			case TrainingPackage.ENROLMENT__POST_SCORE:
				return getPostScore();
			case TrainingPackage.ENROLMENT__COMPLETED_ON:
				return getCompletedOn();
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
			case TrainingPackage.ENROLMENT__SESSION_ID:
				setSessionId((String)newValue);
				return;
			case TrainingPackage.ENROLMENT__ATTENDED:
				setAttended((Boolean)newValue);
				return;
			case TrainingPackage.ENROLMENT__PRE_SCORE:
				setPreScore((Integer)newValue);
				return;
			case TrainingPackage.ENROLMENT__POST_SCORE:
				setPostScore((Integer)newValue);
				return;
			case TrainingPackage.ENROLMENT__COMPLETED_ON:
				setCompletedOn((LocalDate)newValue);
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
			case TrainingPackage.ENROLMENT__SESSION_ID:
				setSessionId(SESSION_ID_EDEFAULT);
				return;
			case TrainingPackage.ENROLMENT__ATTENDED:
				setAttended(ATTENDED_EDEFAULT);
				return;
			case TrainingPackage.ENROLMENT__PRE_SCORE:
				setPreScore(PRE_SCORE_EDEFAULT);
				return;
			case TrainingPackage.ENROLMENT__POST_SCORE:
				setPostScore(POST_SCORE_EDEFAULT);
				return;
			case TrainingPackage.ENROLMENT__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
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
			case TrainingPackage.ENROLMENT__SESSION_ID:
				return SESSION_ID_EDEFAULT == null ? sessionId != null : !SESSION_ID_EDEFAULT.equals(sessionId);
			case TrainingPackage.ENROLMENT__ATTENDED:
				return attended != ATTENDED_EDEFAULT;
			case TrainingPackage.ENROLMENT__PRE_SCORE:
				return PRE_SCORE_EDEFAULT == null ? preScore != null : !PRE_SCORE_EDEFAULT.equals(preScore);
			case TrainingPackage.ENROLMENT__POST_SCORE:
				return POST_SCORE_EDEFAULT == null ? postScore != null : !POST_SCORE_EDEFAULT.equals(postScore);
			case TrainingPackage.ENROLMENT__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
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
		result.append(" (sessionId: ");
		result.append(sessionId);
		result.append(", attended: ");
		result.append(attended);
		result.append(", preScore: ");
		result.append(preScore);
		result.append(", postScore: ");
		result.append(postScore);
		result.append(", completedOn: ");
		result.append(completedOn);
		result.append(')');
		return result.toString();
	}

} //EnrolmentImpl
