/**
 */
package org.crm.enlace.jtf.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.AgendaItem;
import org.crm.enlace.jtf.model.Decision;
import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingFormat;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.Participant;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getMinutesAttachmentId <em>Minutes Attachment Id</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.MeetingImpl#getActionItems <em>Action Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends RecordImpl implements Meeting {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingKind KIND_EDEFAULT = MeetingKind.JOINT_TASK_FORCE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeetingKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingStatus STATUS_EDEFAULT = MeetingStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MeetingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingFormat FORMAT_EDEFAULT = MeetingFormat.IN_PERSON;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected MeetingFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgenda() <em>Agenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agenda;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The default value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final String MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected String minutes = MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutesAttachmentId() <em>Minutes Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesAttachmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String MINUTES_ATTACHMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutesAttachmentId() <em>Minutes Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesAttachmentId()
	 * @generated
	 * @ordered
	 */
	protected String minutesAttachmentId = MINUTES_ATTACHMENT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getActionItems() <em>Action Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionItem> actionItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JtfPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeetingKind newKind) {
		MeetingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		MeetingKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, JtfPackage.MEETING__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MeetingStatus newStatus) {
		MeetingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(MeetingFormat newFormat) {
		MeetingFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgenda() {
		if (agenda == null) {
			agenda = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, JtfPackage.MEETING__AGENDA);
		}
		return agenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, JtfPackage.MEETING__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutes(String newMinutes) {
		String oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__MINUTES, oldMinutes, minutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinutesAttachmentId() {
		return minutesAttachmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutesAttachmentId(String newMinutesAttachmentId) {
		String oldMinutesAttachmentId = minutesAttachmentId;
		minutesAttachmentId = newMinutesAttachmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.MEETING__MINUTES_ATTACHMENT_ID, oldMinutesAttachmentId, minutesAttachmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, JtfPackage.MEETING__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionItem> getActionItems() {
		if (actionItems == null) {
			actionItems = new EObjectContainmentEList<ActionItem>(ActionItem.class, this, JtfPackage.MEETING__ACTION_ITEMS);
		}
		return actionItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JtfPackage.MEETING__AGENDA:
				return ((InternalEList<?>)getAgenda()).basicRemove(otherEnd, msgs);
			case JtfPackage.MEETING__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case JtfPackage.MEETING__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case JtfPackage.MEETING__ACTION_ITEMS:
				return ((InternalEList<?>)getActionItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JtfPackage.MEETING__KIND:
				return getKind();
			case JtfPackage.MEETING__TITLE:
				return getTitle();
			case JtfPackage.MEETING__DATE:
				return getDate();
			case JtfPackage.MEETING__STATUS:
				return getStatus();
			case JtfPackage.MEETING__FORMAT:
				return getFormat();
			case JtfPackage.MEETING__COUNTRY:
				return getCountry();
			case JtfPackage.MEETING__PLACE:
				return getPlace();
			case JtfPackage.MEETING__AGENDA:
				return getAgenda();
			case JtfPackage.MEETING__PARTICIPANTS:
				return getParticipants();
			case JtfPackage.MEETING__MINUTES:
				return getMinutes();
			case JtfPackage.MEETING__MINUTES_ATTACHMENT_ID:
				return getMinutesAttachmentId();
			case JtfPackage.MEETING__DECISIONS:
				return getDecisions();
			case JtfPackage.MEETING__ACTION_ITEMS:
				return getActionItems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JtfPackage.MEETING__KIND:
				setKind((MeetingKind)newValue);
				return;
			case JtfPackage.MEETING__TITLE:
				setTitle((String)newValue);
				return;
			case JtfPackage.MEETING__DATE:
				setDate((LocalDate)newValue);
				return;
			case JtfPackage.MEETING__STATUS:
				setStatus((MeetingStatus)newValue);
				return;
			case JtfPackage.MEETING__FORMAT:
				setFormat((MeetingFormat)newValue);
				return;
			case JtfPackage.MEETING__COUNTRY:
				setCountry((String)newValue);
				return;
			case JtfPackage.MEETING__PLACE:
				setPlace((String)newValue);
				return;
			case JtfPackage.MEETING__AGENDA:
				getAgenda().clear();
				getAgenda().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case JtfPackage.MEETING__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case JtfPackage.MEETING__MINUTES:
				setMinutes((String)newValue);
				return;
			case JtfPackage.MEETING__MINUTES_ATTACHMENT_ID:
				setMinutesAttachmentId((String)newValue);
				return;
			case JtfPackage.MEETING__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case JtfPackage.MEETING__ACTION_ITEMS:
				getActionItems().clear();
				getActionItems().addAll((Collection<? extends ActionItem>)newValue);
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
			case JtfPackage.MEETING__KIND:
				unsetKind();
				return;
			case JtfPackage.MEETING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case JtfPackage.MEETING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case JtfPackage.MEETING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case JtfPackage.MEETING__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case JtfPackage.MEETING__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case JtfPackage.MEETING__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case JtfPackage.MEETING__AGENDA:
				getAgenda().clear();
				return;
			case JtfPackage.MEETING__PARTICIPANTS:
				getParticipants().clear();
				return;
			case JtfPackage.MEETING__MINUTES:
				setMinutes(MINUTES_EDEFAULT);
				return;
			case JtfPackage.MEETING__MINUTES_ATTACHMENT_ID:
				setMinutesAttachmentId(MINUTES_ATTACHMENT_ID_EDEFAULT);
				return;
			case JtfPackage.MEETING__DECISIONS:
				getDecisions().clear();
				return;
			case JtfPackage.MEETING__ACTION_ITEMS:
				getActionItems().clear();
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
			case JtfPackage.MEETING__KIND:
				return isSetKind();
			case JtfPackage.MEETING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case JtfPackage.MEETING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case JtfPackage.MEETING__STATUS:
				return status != STATUS_EDEFAULT;
			case JtfPackage.MEETING__FORMAT:
				return format != FORMAT_EDEFAULT;
			case JtfPackage.MEETING__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case JtfPackage.MEETING__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case JtfPackage.MEETING__AGENDA:
				return agenda != null && !agenda.isEmpty();
			case JtfPackage.MEETING__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case JtfPackage.MEETING__MINUTES:
				return MINUTES_EDEFAULT == null ? minutes != null : !MINUTES_EDEFAULT.equals(minutes);
			case JtfPackage.MEETING__MINUTES_ATTACHMENT_ID:
				return MINUTES_ATTACHMENT_ID_EDEFAULT == null ? minutesAttachmentId != null : !MINUTES_ATTACHMENT_ID_EDEFAULT.equals(minutesAttachmentId);
			case JtfPackage.MEETING__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case JtfPackage.MEETING__ACTION_ITEMS:
				return actionItems != null && !actionItems.isEmpty();
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
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", title: ");
		result.append(title);
		result.append(", date: ");
		result.append(date);
		result.append(", status: ");
		result.append(status);
		result.append(", format: ");
		result.append(format);
		result.append(", country: ");
		result.append(country);
		result.append(", place: ");
		result.append(place);
		result.append(", minutes: ");
		result.append(minutes);
		result.append(", minutesAttachmentId: ");
		result.append(minutesAttachmentId);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
