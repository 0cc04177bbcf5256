/**
 */
package org.crm.enlace.entry.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Confirmation Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The Technical Secretariat's request that a destination confirm one version of one of its rules on the Secretariat's word (an official note), owned by the Secretariat (XST) and released to the destination, whose users apply or reject it with a ConfirmationAnswer of their own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getRuleVersion <em>Rule Version</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getRequestedOn <em>Requested On</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getReference <em>Reference</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getReferenceDate <em>Reference Date</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getInstruction <em>Instruction</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedRequirement <em>Corrected Requirement</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedMaxStayDays <em>Corrected Max Stay Days</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest()
 * @model
 * @generated
 */
public interface ConfirmationRequest extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the EntryRule to confirm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_RuleId()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Rule Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the rule the request confirms; once the rule has another, the request is superseded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Version</em>' attribute.
	 * @see #setRuleVersion(int)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_RuleVersion()
	 * @model required="true"
	 * @generated
	 */
	int getRuleVersion();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getRuleVersion <em>Rule Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Version</em>' attribute.
	 * @see #getRuleVersion()
	 * @generated
	 */
	void setRuleVersion(int value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the rule's destination, the only country the request is released to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' attribute.
	 * @see #setDestination(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_Destination()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getDestination();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getDestination <em>Destination</em>}' attribute.
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
	 * ISO 3166-1 alpha-3 code of the rule's nationality, so a list names the rule without reading it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationality</em>' attribute.
	 * @see #setNationality(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_Nationality()
	 * @model required="true"
	 * @generated
	 */
	String getNationality();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getNationality <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nationality</em>' attribute.
	 * @see #getNationality()
	 * @generated
	 */
	void setNationality(String value);

	/**
	 * Returns the value of the '<em><b>Requested On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the Secretariat made the request: the confirmation date the rule gets when the destination applies it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requested On</em>' attribute.
	 * @see #setRequestedOn(LocalDate)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_RequestedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getRequestedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getRequestedOn <em>Requested On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested On</em>' attribute.
	 * @see #getRequestedOn()
	 * @generated
	 */
	void setRequestedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The destination's statement the request rests on, as it should be cited: an official note's number, for example.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_Reference()
	 * @model required="true"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Reference Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of that note or statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Date</em>' attribute.
	 * @see #setReferenceDate(LocalDate)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_ReferenceDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getReferenceDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getReferenceDate <em>Reference Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Date</em>' attribute.
	 * @see #getReferenceDate()
	 * @generated
	 */
	void setReferenceDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Instruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the Secretariat asks or explains, in its own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instruction</em>' attribute.
	 * @see #setInstruction(String)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_Instruction()
	 * @model
	 * @generated
	 */
	String getInstruction();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getInstruction <em>Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instruction</em>' attribute.
	 * @see #getInstruction()
	 * @generated
	 */
	void setInstruction(String value);

	/**
	 * Returns the value of the '<em><b>Corrected Requirement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.entry.model.Requirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the note confirms another requirement than the rule states: applying the request writes it (confirm as corrected).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Corrected Requirement</em>' attribute.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see #isSetCorrectedRequirement()
	 * @see #unsetCorrectedRequirement()
	 * @see #setCorrectedRequirement(Requirement)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_CorrectedRequirement()
	 * @model unsettable="true"
	 * @generated
	 */
	Requirement getCorrectedRequirement();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedRequirement <em>Corrected Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Corrected Requirement</em>' attribute.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see #isSetCorrectedRequirement()
	 * @see #unsetCorrectedRequirement()
	 * @see #getCorrectedRequirement()
	 * @generated
	 */
	void setCorrectedRequirement(Requirement value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedRequirement <em>Corrected Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCorrectedRequirement()
	 * @see #getCorrectedRequirement()
	 * @see #setCorrectedRequirement(Requirement)
	 * @generated
	 */
	void unsetCorrectedRequirement();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedRequirement <em>Corrected Requirement</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Corrected Requirement</em>' attribute is set.
	 * @see #unsetCorrectedRequirement()
	 * @see #getCorrectedRequirement()
	 * @see #setCorrectedRequirement(Requirement)
	 * @generated
	 */
	boolean isSetCorrectedRequirement();

	/**
	 * Returns the value of the '<em><b>Corrected Max Stay Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The maximum stay that goes with correctedRequirement; counts only with it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Corrected Max Stay Days</em>' attribute.
	 * @see #setCorrectedMaxStayDays(Integer)
	 * @see org.crm.enlace.entry.model.EntryPackage#getConfirmationRequest_CorrectedMaxStayDays()
	 * @model
	 * @generated
	 */
	Integer getCorrectedMaxStayDays();

	/**
	 * Sets the value of the '{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedMaxStayDays <em>Corrected Max Stay Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Corrected Max Stay Days</em>' attribute.
	 * @see #getCorrectedMaxStayDays()
	 * @generated
	 */
	void setCorrectedMaxStayDays(Integer value);

} // ConfirmationRequest
