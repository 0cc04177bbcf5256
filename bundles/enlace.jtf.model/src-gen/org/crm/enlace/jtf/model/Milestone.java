/**
 */
package org.crm.enlace.jtf.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A milestone of the plan met by holding a meeting of one kind before the date of a meeting of another kind, such as the network's meeting with the Joint Task Force before the GRCM meeting in Panama. Its status is computed from the meetings, never entered.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.Milestone#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Milestone#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Milestone#getMeetingKind <em>Meeting Kind</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Milestone#getBeforeKind <em>Before Kind</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Milestone#getBeforeCountry <em>Before Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.Milestone#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone_Code()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Milestone#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Milestone#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Meeting Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.MeetingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of meeting that meets the milestone once held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meeting Kind</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see #setMeetingKind(MeetingKind)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone_MeetingKind()
	 * @model
	 * @generated
	 */
	MeetingKind getMeetingKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Milestone#getMeetingKind <em>Meeting Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Kind</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see #getMeetingKind()
	 * @generated
	 */
	void setMeetingKind(MeetingKind value);

	/**
	 * Returns the value of the '<em><b>Before Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.jtf.model.MeetingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of the meeting before whose date it must be held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Before Kind</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see #setBeforeKind(MeetingKind)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone_BeforeKind()
	 * @model
	 * @generated
	 */
	MeetingKind getBeforeKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Milestone#getBeforeKind <em>Before Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Kind</em>' attribute.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see #getBeforeKind()
	 * @generated
	 */
	void setBeforeKind(MeetingKind value);

	/**
	 * Returns the value of the '<em><b>Before Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country where that meeting takes place (PAN for the GRCM meeting in Panama).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Before Country</em>' attribute.
	 * @see #setBeforeCountry(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone_BeforeCountry()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	String getBeforeCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Milestone#getBeforeCountry <em>Before Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Country</em>' attribute.
	 * @see #getBeforeCountry()
	 * @generated
	 */
	void setBeforeCountry(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getMilestone_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.Milestone#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Milestone
