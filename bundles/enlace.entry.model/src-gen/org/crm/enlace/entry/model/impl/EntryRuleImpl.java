/**
 */
package org.crm.enlace.entry.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryException;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;

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
 * An implementation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getMaxStayDays <em>Max Stay Days</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getExceptions <em>Exceptions</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getMinors <em>Minors</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getSourceValue <em>Source Value</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getEffectiveTo <em>Effective To</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getConfirmationStatus <em>Confirmation Status</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getConfirmedOn <em>Confirmed On</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getConfirmedBy <em>Confirmed By</em>}</li>
 *   <li>{@link org.crm.enlace.entry.model.impl.EntryRuleImpl#getConfirmingParty <em>Confirming Party</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntryRuleImpl extends RecordImpl implements EntryRule {
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
	 * The default value of the '{@link #getRequirement() <em>Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final Requirement REQUIREMENT_EDEFAULT = Requirement.VISA_REQUIRED;

	/**
	 * The cached value of the '{@link #getRequirement() <em>Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirement()
	 * @generated
	 * @ordered
	 */
	protected Requirement requirement = REQUIREMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxStayDays() <em>Max Stay Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxStayDays()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_STAY_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxStayDays() <em>Max Stay Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxStayDays()
	 * @generated
	 * @ordered
	 */
	protected Integer maxStayDays = MAX_STAY_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExceptions() <em>Exceptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptions()
	 * @generated
	 * @ordered
	 */
	protected EList<EntryException> exceptions;

	/**
	 * The default value of the '{@link #getMinors() <em>Minors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinors()
	 * @generated
	 * @ordered
	 */
	protected static final String MINORS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinors() <em>Minors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinors()
	 * @generated
	 * @ordered
	 */
	protected String minors = MINORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected String legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceValue() <em>Source Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceValue()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceValue() <em>Source Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceValue()
	 * @generated
	 * @ordered
	 */
	protected String sourceValue = SOURCE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveFrom = EFFECTIVE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveTo() <em>Effective To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveTo() <em>Effective To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveTo = EFFECTIVE_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmationStatus() <em>Confirmation Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmationStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConfirmationStatus CONFIRMATION_STATUS_EDEFAULT = ConfirmationStatus.UNCONFIRMED;

	/**
	 * The cached value of the '{@link #getConfirmationStatus() <em>Confirmation Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmationStatus()
	 * @generated
	 * @ordered
	 */
	protected ConfirmationStatus confirmationStatus = CONFIRMATION_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedOn() <em>Confirmed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CONFIRMED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedOn() <em>Confirmed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate confirmedOn = CONFIRMED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedBy() <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIRMED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedBy() <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedBy()
	 * @generated
	 * @ordered
	 */
	protected String confirmedBy = CONFIRMED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmingParty() <em>Confirming Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmingParty()
	 * @generated
	 * @ordered
	 */
	protected static final ConfirmingParty CONFIRMING_PARTY_EDEFAULT = ConfirmingParty.DESTINATION;

	/**
	 * The cached value of the '{@link #getConfirmingParty() <em>Confirming Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmingParty()
	 * @generated
	 * @ordered
	 */
	protected ConfirmingParty confirmingParty = CONFIRMING_PARTY_EDEFAULT;

	/**
	 * This is true if the Confirming Party attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean confirmingPartyESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntryRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EntryPackage.Literals.ENTRY_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__DESTINATION, oldDestination, destination));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__NATIONALITY, oldNationality, nationality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Requirement getRequirement() {
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequirement(Requirement newRequirement) {
		Requirement oldRequirement = requirement;
		requirement = newRequirement == null ? REQUIREMENT_EDEFAULT : newRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__REQUIREMENT, oldRequirement, requirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxStayDays() {
		return maxStayDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxStayDays(Integer newMaxStayDays) {
		Integer oldMaxStayDays = maxStayDays;
		maxStayDays = newMaxStayDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__MAX_STAY_DAYS, oldMaxStayDays, maxStayDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EntryException> getExceptions() {
		if (exceptions == null) {
			exceptions = new EObjectContainmentEList<EntryException>(EntryException.class, this, EntryPackage.ENTRY_RULE__EXCEPTIONS);
		}
		return exceptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinors() {
		return minors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinors(String newMinors) {
		String oldMinors = minors;
		minors = newMinors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__MINORS, oldMinors, minors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(String newLegalBasis) {
		String oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceValue() {
		return sourceValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceValue(String newSourceValue) {
		String oldSourceValue = sourceValue;
		sourceValue = newSourceValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__SOURCE_VALUE, oldSourceValue, sourceValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveFrom(LocalDate newEffectiveFrom) {
		LocalDate oldEffectiveFrom = effectiveFrom;
		effectiveFrom = newEffectiveFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__EFFECTIVE_FROM, oldEffectiveFrom, effectiveFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveTo() {
		return effectiveTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveTo(LocalDate newEffectiveTo) {
		LocalDate oldEffectiveTo = effectiveTo;
		effectiveTo = newEffectiveTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__EFFECTIVE_TO, oldEffectiveTo, effectiveTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfirmationStatus getConfirmationStatus() {
		return confirmationStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmationStatus(ConfirmationStatus newConfirmationStatus) {
		ConfirmationStatus oldConfirmationStatus = confirmationStatus;
		confirmationStatus = newConfirmationStatus == null ? CONFIRMATION_STATUS_EDEFAULT : newConfirmationStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__CONFIRMATION_STATUS, oldConfirmationStatus, confirmationStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getConfirmedOn() {
		return confirmedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedOn(LocalDate newConfirmedOn) {
		LocalDate oldConfirmedOn = confirmedOn;
		confirmedOn = newConfirmedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__CONFIRMED_ON, oldConfirmedOn, confirmedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfirmedBy() {
		return confirmedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedBy(String newConfirmedBy) {
		String oldConfirmedBy = confirmedBy;
		confirmedBy = newConfirmedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__CONFIRMED_BY, oldConfirmedBy, confirmedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfirmingParty getConfirmingParty() {
		return confirmingParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmingParty(ConfirmingParty newConfirmingParty) {
		ConfirmingParty oldConfirmingParty = confirmingParty;
		confirmingParty = newConfirmingParty == null ? CONFIRMING_PARTY_EDEFAULT : newConfirmingParty;
		boolean oldConfirmingPartyESet = confirmingPartyESet;
		confirmingPartyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntryPackage.ENTRY_RULE__CONFIRMING_PARTY, oldConfirmingParty, confirmingParty, !oldConfirmingPartyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetConfirmingParty() {
		ConfirmingParty oldConfirmingParty = confirmingParty;
		boolean oldConfirmingPartyESet = confirmingPartyESet;
		confirmingParty = CONFIRMING_PARTY_EDEFAULT;
		confirmingPartyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EntryPackage.ENTRY_RULE__CONFIRMING_PARTY, oldConfirmingParty, CONFIRMING_PARTY_EDEFAULT, oldConfirmingPartyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetConfirmingParty() {
		return confirmingPartyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EntryPackage.ENTRY_RULE__EXCEPTIONS:
				return ((InternalEList<?>)getExceptions()).basicRemove(otherEnd, msgs);
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
			case EntryPackage.ENTRY_RULE__DESTINATION:
				return getDestination();
			case EntryPackage.ENTRY_RULE__NATIONALITY:
				return getNationality();
			case EntryPackage.ENTRY_RULE__REQUIREMENT:
				return getRequirement();
			case EntryPackage.ENTRY_RULE__MAX_STAY_DAYS:
				return getMaxStayDays();
			case EntryPackage.ENTRY_RULE__EXCEPTIONS:
				return getExceptions();
			case EntryPackage.ENTRY_RULE__MINORS:
				return getMinors();
			case EntryPackage.ENTRY_RULE__LEGAL_BASIS:
				return getLegalBasis();
			case EntryPackage.ENTRY_RULE__SOURCE:
				return getSource();
			case EntryPackage.ENTRY_RULE__SOURCE_VALUE:
				return getSourceValue();
			case EntryPackage.ENTRY_RULE__NOTE:
				return getNote();
			case EntryPackage.ENTRY_RULE__EFFECTIVE_FROM:
				return getEffectiveFrom();
			case EntryPackage.ENTRY_RULE__EFFECTIVE_TO:
				return getEffectiveTo();
			case EntryPackage.ENTRY_RULE__CONFIRMATION_STATUS:
				return getConfirmationStatus();
			case EntryPackage.ENTRY_RULE__CONFIRMED_ON:
				return getConfirmedOn();
			case EntryPackage.ENTRY_RULE__CONFIRMED_BY:
				return getConfirmedBy();
			case EntryPackage.ENTRY_RULE__CONFIRMING_PARTY:
				return getConfirmingParty();
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
			case EntryPackage.ENTRY_RULE__DESTINATION:
				setDestination((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__NATIONALITY:
				setNationality((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__REQUIREMENT:
				setRequirement((Requirement)newValue);
				return;
			case EntryPackage.ENTRY_RULE__MAX_STAY_DAYS:
				setMaxStayDays((Integer)newValue);
				return;
			case EntryPackage.ENTRY_RULE__EXCEPTIONS:
				getExceptions().clear();
				getExceptions().addAll((Collection<? extends EntryException>)newValue);
				return;
			case EntryPackage.ENTRY_RULE__MINORS:
				setMinors((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__LEGAL_BASIS:
				setLegalBasis((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__SOURCE:
				setSource((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__SOURCE_VALUE:
				setSourceValue((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__NOTE:
				setNote((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__EFFECTIVE_FROM:
				setEffectiveFrom((LocalDate)newValue);
				return;
			case EntryPackage.ENTRY_RULE__EFFECTIVE_TO:
				setEffectiveTo((LocalDate)newValue);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMATION_STATUS:
				setConfirmationStatus((ConfirmationStatus)newValue);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMED_ON:
				setConfirmedOn((LocalDate)newValue);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMED_BY:
				setConfirmedBy((String)newValue);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMING_PARTY:
				setConfirmingParty((ConfirmingParty)newValue);
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
			case EntryPackage.ENTRY_RULE__DESTINATION:
				setDestination(DESTINATION_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__NATIONALITY:
				setNationality(NATIONALITY_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__REQUIREMENT:
				setRequirement(REQUIREMENT_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__MAX_STAY_DAYS:
				setMaxStayDays(MAX_STAY_DAYS_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__EXCEPTIONS:
				getExceptions().clear();
				return;
			case EntryPackage.ENTRY_RULE__MINORS:
				setMinors(MINORS_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__SOURCE_VALUE:
				setSourceValue(SOURCE_VALUE_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__EFFECTIVE_FROM:
				setEffectiveFrom(EFFECTIVE_FROM_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__EFFECTIVE_TO:
				setEffectiveTo(EFFECTIVE_TO_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMATION_STATUS:
				setConfirmationStatus(CONFIRMATION_STATUS_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMED_ON:
				setConfirmedOn(CONFIRMED_ON_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMED_BY:
				setConfirmedBy(CONFIRMED_BY_EDEFAULT);
				return;
			case EntryPackage.ENTRY_RULE__CONFIRMING_PARTY:
				unsetConfirmingParty();
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
			case EntryPackage.ENTRY_RULE__DESTINATION:
				return DESTINATION_EDEFAULT == null ? destination != null : !DESTINATION_EDEFAULT.equals(destination);
			case EntryPackage.ENTRY_RULE__NATIONALITY:
				return NATIONALITY_EDEFAULT == null ? nationality != null : !NATIONALITY_EDEFAULT.equals(nationality);
			case EntryPackage.ENTRY_RULE__REQUIREMENT:
				return requirement != REQUIREMENT_EDEFAULT;
			case EntryPackage.ENTRY_RULE__MAX_STAY_DAYS:
				return MAX_STAY_DAYS_EDEFAULT == null ? maxStayDays != null : !MAX_STAY_DAYS_EDEFAULT.equals(maxStayDays);
			case EntryPackage.ENTRY_RULE__EXCEPTIONS:
				return exceptions != null && !exceptions.isEmpty();
			case EntryPackage.ENTRY_RULE__MINORS:
				return MINORS_EDEFAULT == null ? minors != null : !MINORS_EDEFAULT.equals(minors);
			case EntryPackage.ENTRY_RULE__LEGAL_BASIS:
				return LEGAL_BASIS_EDEFAULT == null ? legalBasis != null : !LEGAL_BASIS_EDEFAULT.equals(legalBasis);
			case EntryPackage.ENTRY_RULE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case EntryPackage.ENTRY_RULE__SOURCE_VALUE:
				return SOURCE_VALUE_EDEFAULT == null ? sourceValue != null : !SOURCE_VALUE_EDEFAULT.equals(sourceValue);
			case EntryPackage.ENTRY_RULE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case EntryPackage.ENTRY_RULE__EFFECTIVE_FROM:
				return EFFECTIVE_FROM_EDEFAULT == null ? effectiveFrom != null : !EFFECTIVE_FROM_EDEFAULT.equals(effectiveFrom);
			case EntryPackage.ENTRY_RULE__EFFECTIVE_TO:
				return EFFECTIVE_TO_EDEFAULT == null ? effectiveTo != null : !EFFECTIVE_TO_EDEFAULT.equals(effectiveTo);
			case EntryPackage.ENTRY_RULE__CONFIRMATION_STATUS:
				return confirmationStatus != CONFIRMATION_STATUS_EDEFAULT;
			case EntryPackage.ENTRY_RULE__CONFIRMED_ON:
				return CONFIRMED_ON_EDEFAULT == null ? confirmedOn != null : !CONFIRMED_ON_EDEFAULT.equals(confirmedOn);
			case EntryPackage.ENTRY_RULE__CONFIRMED_BY:
				return CONFIRMED_BY_EDEFAULT == null ? confirmedBy != null : !CONFIRMED_BY_EDEFAULT.equals(confirmedBy);
			case EntryPackage.ENTRY_RULE__CONFIRMING_PARTY:
				return isSetConfirmingParty();
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
		result.append(" (destination: ");
		result.append(destination);
		result.append(", nationality: ");
		result.append(nationality);
		result.append(", requirement: ");
		result.append(requirement);
		result.append(", maxStayDays: ");
		result.append(maxStayDays);
		result.append(", minors: ");
		result.append(minors);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceValue: ");
		result.append(sourceValue);
		result.append(", note: ");
		result.append(note);
		result.append(", effectiveFrom: ");
		result.append(effectiveFrom);
		result.append(", effectiveTo: ");
		result.append(effectiveTo);
		result.append(", confirmationStatus: ");
		result.append(confirmationStatus);
		result.append(", confirmedOn: ");
		result.append(confirmedOn);
		result.append(", confirmedBy: ");
		result.append(confirmedBy);
		result.append(", confirmingParty: ");
		if (confirmingPartyESet) result.append(confirmingParty); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //EntryRuleImpl
