/**
 */
package org.crm.enlace.entry.model.impl;

import java.time.LocalDate;

import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.Requirement;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Confirmation Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getRuleVersion <em>Rule Version</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getRequestedOn <em>Requested On</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getReferenceDate <em>Reference Date</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getInstruction <em>Instruction</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getCorrectedRequirement <em>Corrected Requirement</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl#getCorrectedMaxStayDays <em>Corrected Max Stay Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfirmationRequestImpl extends RecordImpl implements ConfirmationRequest {
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
	 * The default value of the '{@link #getRuleVersion() <em>Rule Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int RULE_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRuleVersion() <em>Rule Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleVersion()
	 * @generated
	 * @ordered
	 */
	protected int ruleVersion = RULE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected static final String DESTINATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected String destination = DESTINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected String nationality = NATIONALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestedOn() <em>Requested On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REQUESTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestedOn() <em>Requested On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate requestedOn = REQUESTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceDate() <em>Reference Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REFERENCE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceDate() <em>Reference Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate referenceDate = REFERENCE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstruction() <em>Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruction()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstruction() <em>Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruction()
	 * @generated
	 * @ordered
	 */
	protected String instruction = INSTRUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrectedRequirement() <em>Corrected Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrectedRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final Requirement CORRECTED_REQUIREMENT_EDEFAULT = Requirement.VISA_REQUIRED;

	/**
	 * The cached value of the '{@link #getCorrectedRequirement() <em>Corrected Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrectedRequirement()
	 * @generated
	 * @ordered
	 */
	protected Requirement correctedRequirement = CORRECTED_REQUIREMENT_EDEFAULT;

	/**
	 * This is true if the Corrected Requirement attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean correctedRequirementESet;

	/**
	 * The default value of the '{@link #getCorrectedMaxStayDays() <em>Corrected Max Stay Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrectedMaxStayDays()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CORRECTED_MAX_STAY_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCorrectedMaxStayDays() <em>Corrected Max Stay Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrectedMaxStayDays()
	 * @generated
	 * @ordered
	 */
	protected Integer correctedMaxStayDays = CORRECTED_MAX_STAY_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfirmationRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EntryPackage.Literals.CONFIRMATION_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRuleVersion() {
		return ruleVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleVersion(int newRuleVersion) {
		int oldRuleVersion = ruleVersion;
		ruleVersion = newRuleVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__RULE_VERSION, oldRuleVersion, ruleVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(String newDestination) {
		String oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationality() {
		return nationality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationality(String newNationality) {
		String oldNationality = nationality;
		nationality = newNationality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__NATIONALITY, oldNationality, nationality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedOn(LocalDate newRequestedOn) {
		LocalDate oldRequestedOn = requestedOn;
		requestedOn = newRequestedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__REQUESTED_ON, oldRequestedOn, requestedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReferenceDate() {
		return referenceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceDate(LocalDate newReferenceDate) {
		LocalDate oldReferenceDate = referenceDate;
		referenceDate = newReferenceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__REFERENCE_DATE, oldReferenceDate, referenceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstruction() {
		return instruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstruction(String newInstruction) {
		String oldInstruction = instruction;
		instruction = newInstruction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__INSTRUCTION, oldInstruction, instruction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Requirement getCorrectedRequirement() {
		return correctedRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrectedRequirement(Requirement newCorrectedRequirement) {
		Requirement oldCorrectedRequirement = correctedRequirement;
		correctedRequirement = newCorrectedRequirement == null ? CORRECTED_REQUIREMENT_EDEFAULT : newCorrectedRequirement;
		boolean oldCorrectedRequirementESet = correctedRequirementESet;
		correctedRequirementESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT, oldCorrectedRequirement, correctedRequirement, !oldCorrectedRequirementESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCorrectedRequirement() {
		Requirement oldCorrectedRequirement = correctedRequirement;
		boolean oldCorrectedRequirementESet = correctedRequirementESet;
		correctedRequirement = CORRECTED_REQUIREMENT_EDEFAULT;
		correctedRequirementESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EntryPackage.CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT, oldCorrectedRequirement, CORRECTED_REQUIREMENT_EDEFAULT, oldCorrectedRequirementESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCorrectedRequirement() {
		return correctedRequirementESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCorrectedMaxStayDays() {
		return correctedMaxStayDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrectedMaxStayDays(Integer newCorrectedMaxStayDays) {
		Integer oldCorrectedMaxStayDays = correctedMaxStayDays;
		correctedMaxStayDays = newCorrectedMaxStayDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS, oldCorrectedMaxStayDays, correctedMaxStayDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EntryPackage.CONFIRMATION_REQUEST__RULE_ID:
				return getRuleId();
			case EntryPackage.CONFIRMATION_REQUEST__RULE_VERSION:
				return getRuleVersion();
			case EntryPackage.CONFIRMATION_REQUEST__DESTINATION:
				return getDestination();
			case EntryPackage.CONFIRMATION_REQUEST__NATIONALITY:
				return getNationality();
			case EntryPackage.CONFIRMATION_REQUEST__REQUESTED_ON:
				return getRequestedOn();
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE:
				return getReference();
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE_DATE:
				return getReferenceDate();
			case EntryPackage.CONFIRMATION_REQUEST__INSTRUCTION:
				return getInstruction();
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT:
				return getCorrectedRequirement();
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS:
				return getCorrectedMaxStayDays();
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
			case EntryPackage.CONFIRMATION_REQUEST__RULE_ID:
				setRuleId((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__RULE_VERSION:
				setRuleVersion((Integer)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__DESTINATION:
				setDestination((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__NATIONALITY:
				setNationality((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__REQUESTED_ON:
				setRequestedOn((LocalDate)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE:
				setReference((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE_DATE:
				setReferenceDate((LocalDate)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__INSTRUCTION:
				setInstruction((String)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT:
				setCorrectedRequirement((Requirement)newValue);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS:
				setCorrectedMaxStayDays((Integer)newValue);
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
			case EntryPackage.CONFIRMATION_REQUEST__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__RULE_VERSION:
				setRuleVersion(RULE_VERSION_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__DESTINATION:
				setDestination(DESTINATION_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__NATIONALITY:
				setNationality(NATIONALITY_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__REQUESTED_ON:
				setRequestedOn(REQUESTED_ON_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE_DATE:
				setReferenceDate(REFERENCE_DATE_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__INSTRUCTION:
				setInstruction(INSTRUCTION_EDEFAULT);
				return;
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT:
				unsetCorrectedRequirement();
				return;
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS:
				setCorrectedMaxStayDays(CORRECTED_MAX_STAY_DAYS_EDEFAULT);
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
			case EntryPackage.CONFIRMATION_REQUEST__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case EntryPackage.CONFIRMATION_REQUEST__RULE_VERSION:
				return ruleVersion != RULE_VERSION_EDEFAULT;
			case EntryPackage.CONFIRMATION_REQUEST__DESTINATION:
				return DESTINATION_EDEFAULT == null ? destination != null : !DESTINATION_EDEFAULT.equals(destination);
			case EntryPackage.CONFIRMATION_REQUEST__NATIONALITY:
				return NATIONALITY_EDEFAULT == null ? nationality != null : !NATIONALITY_EDEFAULT.equals(nationality);
			case EntryPackage.CONFIRMATION_REQUEST__REQUESTED_ON:
				return REQUESTED_ON_EDEFAULT == null ? requestedOn != null : !REQUESTED_ON_EDEFAULT.equals(requestedOn);
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case EntryPackage.CONFIRMATION_REQUEST__REFERENCE_DATE:
				return REFERENCE_DATE_EDEFAULT == null ? referenceDate != null : !REFERENCE_DATE_EDEFAULT.equals(referenceDate);
			case EntryPackage.CONFIRMATION_REQUEST__INSTRUCTION:
				return INSTRUCTION_EDEFAULT == null ? instruction != null : !INSTRUCTION_EDEFAULT.equals(instruction);
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT:
				return isSetCorrectedRequirement();
			case EntryPackage.CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS:
				return CORRECTED_MAX_STAY_DAYS_EDEFAULT == null ? correctedMaxStayDays != null : !CORRECTED_MAX_STAY_DAYS_EDEFAULT.equals(correctedMaxStayDays);
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
		result.append(" (ruleId: ");
		result.append(ruleId);
		result.append(", ruleVersion: ");
		result.append(ruleVersion);
		result.append(", destination: ");
		result.append(destination);
		result.append(", nationality: ");
		result.append(nationality);
		result.append(", requestedOn: ");
		result.append(requestedOn);
		result.append(", reference: ");
		result.append(reference);
		result.append(", referenceDate: ");
		result.append(referenceDate);
		result.append(", instruction: ");
		result.append(instruction);
		result.append(", correctedRequirement: ");
		if (correctedRequirementESet) result.append(correctedRequirement); else result.append("<unset>");
		result.append(", correctedMaxStayDays: ");
		result.append(correctedMaxStayDays);
		result.append(')');
		return result.toString();
	}

} //ConfirmationRequestImpl
