/**
 */
package org.crm.enlace.cotravel.model.impl;

import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.LinkDecision;
import org.crm.enlace.cotravel.model.LinkVerdict;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.LinkDecisionImpl#getPersonA <em>Person A</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.LinkDecisionImpl#getPersonB <em>Person B</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.LinkDecisionImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.LinkDecisionImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkDecisionImpl extends RecordImpl implements LinkDecision {
	/**
	 * The default value of the '{@link #getPersonA() <em>Person A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonA()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSON_A_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonA() <em>Person A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonA()
	 * @generated
	 * @ordered
	 */
	protected String personA = PERSON_A_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonB() <em>Person B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonB()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSON_B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonB() <em>Person B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonB()
	 * @generated
	 * @ordered
	 */
	protected String personB = PERSON_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final LinkVerdict DECISION_EDEFAULT = LinkVerdict.CONFIRMED;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected LinkVerdict decision = DECISION_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoTravelPackage.Literals.LINK_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonA() {
		return personA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonA(String newPersonA) {
		String oldPersonA = personA;
		personA = newPersonA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.LINK_DECISION__PERSON_A, oldPersonA, personA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonB() {
		return personB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonB(String newPersonB) {
		String oldPersonB = personB;
		personB = newPersonB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.LINK_DECISION__PERSON_B, oldPersonB, personB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkVerdict getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(LinkVerdict newDecision) {
		LinkVerdict oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.LINK_DECISION__DECISION, oldDecision, decision));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.LINK_DECISION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoTravelPackage.LINK_DECISION__PERSON_A:
				return getPersonA();
			case CoTravelPackage.LINK_DECISION__PERSON_B:
				return getPersonB();
			case CoTravelPackage.LINK_DECISION__DECISION:
				return getDecision();
			case CoTravelPackage.LINK_DECISION__NOTE:
				return getNote();
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
			case CoTravelPackage.LINK_DECISION__PERSON_A:
				setPersonA((String)newValue);
				return;
			case CoTravelPackage.LINK_DECISION__PERSON_B:
				setPersonB((String)newValue);
				return;
			case CoTravelPackage.LINK_DECISION__DECISION:
				setDecision((LinkVerdict)newValue);
				return;
			case CoTravelPackage.LINK_DECISION__NOTE:
				setNote((String)newValue);
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
			case CoTravelPackage.LINK_DECISION__PERSON_A:
				setPersonA(PERSON_A_EDEFAULT);
				return;
			case CoTravelPackage.LINK_DECISION__PERSON_B:
				setPersonB(PERSON_B_EDEFAULT);
				return;
			case CoTravelPackage.LINK_DECISION__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case CoTravelPackage.LINK_DECISION__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case CoTravelPackage.LINK_DECISION__PERSON_A:
				return PERSON_A_EDEFAULT == null ? personA != null : !PERSON_A_EDEFAULT.equals(personA);
			case CoTravelPackage.LINK_DECISION__PERSON_B:
				return PERSON_B_EDEFAULT == null ? personB != null : !PERSON_B_EDEFAULT.equals(personB);
			case CoTravelPackage.LINK_DECISION__DECISION:
				return decision != DECISION_EDEFAULT;
			case CoTravelPackage.LINK_DECISION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (personA: ");
		result.append(personA);
		result.append(", personB: ");
		result.append(personB);
		result.append(", decision: ");
		result.append(decision);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //LinkDecisionImpl
