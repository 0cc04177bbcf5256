/**
 */
package org.crm.enlace.entry.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What nationals of one country need to enter one member country, owned by that member (the destination), which confirms it; the Technical Secretariat may confirm it on the destination's behalf.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getMaxStayDays <em>Max Stay Days</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getExceptions <em>Exceptions</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getMinors <em>Minors</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getSource <em>Source</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getSourceValue <em>Source Value</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getNote <em>Note</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getEffectiveTo <em>Effective To</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getConfirmationStatus <em>Confirmation Status</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getConfirmedOn <em>Confirmed On</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getConfirmedBy <em>Confirmed By</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.EntryRule#getConfirmingParty <em>Confirming Party</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule()
 * @model
 * @generated
 */
public interface EntryRule extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the member country entered; the rule's owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' attribute.
	 * @see #setDestination(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Destination()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getDestination();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getDestination <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' attribute.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(String value);

	/**
	 * Returns the value of the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the traveller's nationality (XKX for Kosovo, a user-assigned code).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationality</em>' attribute.
	 * @see #setNationality(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Nationality()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getNationality();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getNationality <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nationality</em>' attribute.
	 * @see #getNationality()
	 * @generated
	 */
	void setNationality(String value);

	/**
	 * Returns the value of the '<em><b>Requirement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.Requirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirement</em>' attribute.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see #setRequirement(Requirement)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Requirement()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	Requirement getRequirement();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getRequirement <em>Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirement</em>' attribute.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see #getRequirement()
	 * @generated
	 */
	void setRequirement(Requirement value);

	/**
	 * Returns the value of the '<em><b>Max Stay Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The longest stay allowed, in days; null when the source gives none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Stay Days</em>' attribute.
	 * @see #setMaxStayDays(Integer)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_MaxStayDays()
	 * @model
	 * @generated
	 */
	Integer getMaxStayDays();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getMaxStayDays <em>Max Stay Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Stay Days</em>' attribute.
	 * @see #getMaxStayDays()
	 * @generated
	 */
	void setMaxStayDays(Integer value);

	/**
	 * Returns the value of the '<em><b>Exceptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.entry.model.EntryException}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Travellers to whom something else applies: holders of certain visas or residence permits, transit, diplomatic and official passports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exceptions</em>' containment reference list.
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Exceptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<EntryException> getExceptions();

	/**
	 * Returns the value of the '<em><b>Minors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What applies to minors: travel permits, authorizations of parents or guardians.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minors</em>' attribute.
	 * @see #setMinors(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Minors()
	 * @model
	 * @generated
	 */
	String getMinors();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getMinors <em>Minors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minors</em>' attribute.
	 * @see #getMinors()
	 * @generated
	 */
	void setMinors(String value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The law, decree or agreement the rule rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the rule is stated, as a reader should cite it: an official publication, or the data set it was imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requirement exactly as an imported source stated it (e.g. 90, visa free), kept when the rule reads it otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Value</em>' attribute.
	 * @see #setSourceValue(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_SourceValue()
	 * @model
	 * @generated
	 */
	String getSourceValue();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getSourceValue <em>Source Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Value</em>' attribute.
	 * @see #getSourceValue()
	 * @generated
	 */
	void setSourceValue(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks on the rule, such as why an import corrected what its source said.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective From</em>' attribute.
	 * @see #setEffectiveFrom(LocalDate)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_EffectiveFrom()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveFrom();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getEffectiveFrom <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective From</em>' attribute.
	 * @see #getEffectiveFrom()
	 * @generated
	 */
	void setEffectiveFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Effective To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day the rule applies; null while it applies without end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective To</em>' attribute.
	 * @see #setEffectiveTo(LocalDate)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_EffectiveTo()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveTo();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getEffectiveTo <em>Effective To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective To</em>' attribute.
	 * @see #getEffectiveTo()
	 * @generated
	 */
	void setEffectiveTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Confirmation Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.ConfirmationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confirmation Status</em>' attribute.
	 * @see org.crm.enlace.entry.model.ConfirmationStatus
	 * @see #setConfirmationStatus(ConfirmationStatus)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_ConfirmationStatus()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	ConfirmationStatus getConfirmationStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getConfirmationStatus <em>Confirmation Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmation Status</em>' attribute.
	 * @see org.crm.enlace.entry.model.ConfirmationStatus
	 * @see #getConfirmationStatus()
	 * @generated
	 */
	void setConfirmationStatus(ConfirmationStatus value);

	/**
	 * Returns the value of the '<em><b>Confirmed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confirmed On</em>' attribute.
	 * @see #setConfirmedOn(LocalDate)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_ConfirmedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getConfirmedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getConfirmedOn <em>Confirmed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed On</em>' attribute.
	 * @see #getConfirmedOn()
	 * @generated
	 */
	void setConfirmedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Confirmed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official who confirmed the rule (user name or name and office).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed By</em>' attribute.
	 * @see #setConfirmedBy(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_ConfirmedBy()
	 * @model
	 * @generated
	 */
	String getConfirmedBy();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getConfirmedBy <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed By</em>' attribute.
	 * @see #getConfirmedBy()
	 * @generated
	 */
	void setConfirmedBy(String value);

	/**
	 * Returns the value of the '<em><b>Confirming Party</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.ConfirmingParty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who confirmed: the destination itself or the Technical Secretariat on its behalf; unset while unconfirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirming Party</em>' attribute.
	 * @see org.crm.enlace.entry.model.ConfirmingParty
	 * @see #isSetConfirmingParty()
	 * @see #unsetConfirmingParty()
	 * @see #setConfirmingParty(ConfirmingParty)
	 * @see org.crm.enlace.entry.model.EntryPackage#getEntryRule_ConfirmingParty()
	 * @model unsettable="true"
	 * @generated
	 */
	ConfirmingParty getConfirmingParty();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getConfirmingParty <em>Confirming Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirming Party</em>' attribute.
	 * @see org.crm.enlace.entry.model.ConfirmingParty
	 * @see #isSetConfirmingParty()
	 * @see #unsetConfirmingParty()
	 * @see #getConfirmingParty()
	 * @generated
	 */
	void setConfirmingParty(ConfirmingParty value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.entry.model.EntryRule#getConfirmingParty <em>Confirming Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetConfirmingParty()
	 * @see #getConfirmingParty()
	 * @see #setConfirmingParty(ConfirmingParty)
	 * @generated
	 */
	void unsetConfirmingParty();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.entry.model.EntryRule#getConfirmingParty <em>Confirming Party</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Confirming Party</em>' attribute is set.
	 * @see #unsetConfirmingParty()
	 * @see #getConfirmingParty()
	 * @see #setConfirmingParty(ConfirmingParty)
	 * @generated
	 */
	boolean isSetConfirmingParty();

} // EntryRule
