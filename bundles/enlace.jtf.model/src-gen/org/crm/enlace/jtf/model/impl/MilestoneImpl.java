/**
 */
package org.crm.enlace.jtf.model.impl;

import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.Milestone;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MilestoneImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MilestoneImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MilestoneImpl#getMeetingKind <em>Meeting Kind</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MilestoneImpl#getBeforeKind <em>Before Kind</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MilestoneImpl#getBeforeCountry <em>Before Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MilestoneImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MilestoneImpl extends RecordImpl implements Milestone {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingKind() <em>Meeting Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingKind MEETING_KIND_EDEFAULT = MeetingKind.JOINT_TASK_FORCE;

	/**
	 * The cached value of the '{@link #getMeetingKind() <em>Meeting Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingKind()
	 * @generated
	 * @ordered
	 */
	protected MeetingKind meetingKind = MEETING_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeKind() <em>Before Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingKind BEFORE_KIND_EDEFAULT = MeetingKind.JOINT_TASK_FORCE;

	/**
	 * The cached value of the '{@link #getBeforeKind() <em>Before Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeKind()
	 * @generated
	 * @ordered
	 */
	protected MeetingKind beforeKind = BEFORE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeCountry() <em>Before Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String BEFORE_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeforeCountry() <em>Before Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeCountry()
	 * @generated
	 * @ordered
	 */
	protected String beforeCountry = BEFORE_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JtfPackage.Literals.MILESTONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MILESTONE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MILESTONE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingKind getMeetingKind() {
		return meetingKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingKind(MeetingKind newMeetingKind) {
		MeetingKind oldMeetingKind = meetingKind;
		meetingKind = newMeetingKind == null ? MEETING_KIND_EDEFAULT : newMeetingKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MILESTONE__MEETING_KIND, oldMeetingKind, meetingKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingKind getBeforeKind() {
		return beforeKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeKind(MeetingKind newBeforeKind) {
		MeetingKind oldBeforeKind = beforeKind;
		beforeKind = newBeforeKind == null ? BEFORE_KIND_EDEFAULT : newBeforeKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MILESTONE__BEFORE_KIND, oldBeforeKind, beforeKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeforeCountry() {
		return beforeCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeCountry(String newBeforeCountry) {
		String oldBeforeCountry = beforeCountry;
		beforeCountry = newBeforeCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MILESTONE__BEFORE_COUNTRY, oldBeforeCountry, beforeCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MILESTONE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JtfPackage.MILESTONE__CODE:
				return getCode();
			case JtfPackage.MILESTONE__TITLE:
				return getTitle();
			case JtfPackage.MILESTONE__MEETING_KIND:
				return getMeetingKind();
			case JtfPackage.MILESTONE__BEFORE_KIND:
				return getBeforeKind();
			case JtfPackage.MILESTONE__BEFORE_COUNTRY:
				return getBeforeCountry();
			case JtfPackage.MILESTONE__NOTES:
				return getNotes();
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
			case JtfPackage.MILESTONE__CODE:
				setCode((String)newValue);
				return;
			case JtfPackage.MILESTONE__TITLE:
				setTitle((String)newValue);
				return;
			case JtfPackage.MILESTONE__MEETING_KIND:
				setMeetingKind((MeetingKind)newValue);
				return;
			case JtfPackage.MILESTONE__BEFORE_KIND:
				setBeforeKind((MeetingKind)newValue);
				return;
			case JtfPackage.MILESTONE__BEFORE_COUNTRY:
				setBeforeCountry((String)newValue);
				return;
			case JtfPackage.MILESTONE__NOTES:
				setNotes((String)newValue);
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
			case JtfPackage.MILESTONE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case JtfPackage.MILESTONE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case JtfPackage.MILESTONE__MEETING_KIND:
				setMeetingKind(MEETING_KIND_EDEFAULT);
				return;
			case JtfPackage.MILESTONE__BEFORE_KIND:
				setBeforeKind(BEFORE_KIND_EDEFAULT);
				return;
			case JtfPackage.MILESTONE__BEFORE_COUNTRY:
				setBeforeCountry(BEFORE_COUNTRY_EDEFAULT);
				return;
			case JtfPackage.MILESTONE__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case JtfPackage.MILESTONE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case JtfPackage.MILESTONE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case JtfPackage.MILESTONE__MEETING_KIND:
				return meetingKind != MEETING_KIND_EDEFAULT;
			case JtfPackage.MILESTONE__BEFORE_KIND:
				return beforeKind != BEFORE_KIND_EDEFAULT;
			case JtfPackage.MILESTONE__BEFORE_COUNTRY:
				return BEFORE_COUNTRY_EDEFAULT == null ? beforeCountry != null : !BEFORE_COUNTRY_EDEFAULT.equals(beforeCountry);
			case JtfPackage.MILESTONE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", meetingKind: ");
		result.append(meetingKind);
		result.append(", beforeKind: ");
		result.append(beforeKind);
		result.append(", beforeCountry: ");
		result.append(beforeCountry);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //MilestoneImpl
