/**
 */
package org.crm.enlace.jtf.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One meeting of the Joint Task Force, of the liaison network or of the GRCM, owned by the organization that keeps its minutes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getFormat <em>Format</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getMinutesAttachmentId <em>Minutes Attachment Id</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Meeting#getActionItems <em>Action Items</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.MeetingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(MeetingKind)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Kind()
	 * @model unsettable="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	MeetingKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeetingKind value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(MeetingKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.jtf.model.Meeting#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(MeetingKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day of the meeting (its first day when it lasts several).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Date()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.MeetingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned until it is held or cancelled: only a held meeting meets a milestone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingStatus
	 * @see #setStatus(MeetingStatus)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Status()
	 * @model
	 * @generated
	 */
	MeetingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MeetingStatus value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.MeetingFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingFormat
	 * @see #setFormat(MeetingFormat)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Format()
	 * @model
	 * @generated
	 */
	MeetingFormat getFormat();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(MeetingFormat value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country where the meeting takes place (or of its host, when virtual).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The city and venue, or the video-conference service when virtual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Agenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.jtf.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda</em>' containment reference list.
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Agenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getAgenda();

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.jtf.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of the minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Minutes()
	 * @model
	 * @generated
	 */
	String getMinutes();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(String value);

	/**
	 * Returns the value of the '<em><b>Minutes Attachment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the record's attachment that holds the signed minutes (a PDF, say), when there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes Attachment Id</em>' attribute.
	 * @see #setMinutesAttachmentId(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_MinutesAttachmentId()
	 * @model
	 * @generated
	 */
	String getMinutesAttachmentId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Meeting#getMinutesAttachmentId <em>Minutes Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes Attachment Id</em>' attribute.
	 * @see #getMinutesAttachmentId()
	 * @generated
	 */
	void setMinutesAttachmentId(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.jtf.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Action Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.jtf.model.ActionItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Items</em>' containment reference list.
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMeeting_ActionItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionItem> getActionItems();

} // Meeting
