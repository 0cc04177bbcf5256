/**
 */
package org.crm.enlace.cotravel.model.impl;

import org.crm.enlace.cotravel.model.ClaimedRelationship;
import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.Relationship;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claimed Relationship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl#getChild <em>Child</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl#getAdult <em>Adult</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl#getRelationship <em>Relationship</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimedRelationshipImpl extends MinimalEObjectImpl.Container implements ClaimedRelationship {
	/**
	 * The cached value of the '{@link #getChild() <em>Child</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChild()
	 * @generated
	 * @ordered
	 */
	protected TravellingChild child;

	/**
	 * The cached value of the '{@link #getAdult() <em>Adult</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdult()
	 * @generated
	 * @ordered
	 */
	protected TravellingAdult adult;

	/**
	 * The default value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected static final Relationship RELATIONSHIP_EDEFAULT = Relationship.UNKNOWN;

	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected Relationship relationship = RELATIONSHIP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimedRelationshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoTravelPackage.Literals.CLAIMED_RELATIONSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravellingChild getChild() {
		if (child != null && child.eIsProxy()) {
			InternalEObject oldChild = (InternalEObject)child;
			child = (TravellingChild)eResolveProxy(oldChild);
			if (child != oldChild) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoTravelPackage.CLAIMED_RELATIONSHIP__CHILD, oldChild, child));
			}
		}
		return child;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TravellingChild basicGetChild() {
		return child;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChild(TravellingChild newChild) {
		TravellingChild oldChild = child;
		child = newChild;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CLAIMED_RELATIONSHIP__CHILD, oldChild, child));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravellingAdult getAdult() {
		if (adult != null && adult.eIsProxy()) {
			InternalEObject oldAdult = (InternalEObject)adult;
			adult = (TravellingAdult)eResolveProxy(oldAdult);
			if (adult != oldAdult) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoTravelPackage.CLAIMED_RELATIONSHIP__ADULT, oldAdult, adult));
			}
		}
		return adult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TravellingAdult basicGetAdult() {
		return adult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdult(TravellingAdult newAdult) {
		TravellingAdult oldAdult = adult;
		adult = newAdult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CLAIMED_RELATIONSHIP__ADULT, oldAdult, adult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship getRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(Relationship newRelationship) {
		Relationship oldRelationship = relationship;
		relationship = newRelationship == null ? RELATIONSHIP_EDEFAULT : newRelationship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.CLAIMED_RELATIONSHIP__RELATIONSHIP, oldRelationship, relationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoTravelPackage.CLAIMED_RELATIONSHIP__CHILD:
				if (resolve) return getChild();
				return basicGetChild();
			case CoTravelPackage.CLAIMED_RELATIONSHIP__ADULT:
				if (resolve) return getAdult();
				return basicGetAdult();
			case CoTravelPackage.CLAIMED_RELATIONSHIP__RELATIONSHIP:
				return getRelationship();
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
			case CoTravelPackage.CLAIMED_RELATIONSHIP__CHILD:
				setChild((TravellingChild)newValue);
				return;
			case CoTravelPackage.CLAIMED_RELATIONSHIP__ADULT:
				setAdult((TravellingAdult)newValue);
				return;
			case CoTravelPackage.CLAIMED_RELATIONSHIP__RELATIONSHIP:
				setRelationship((Relationship)newValue);
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
			case CoTravelPackage.CLAIMED_RELATIONSHIP__CHILD:
				setChild((TravellingChild)null);
				return;
			case CoTravelPackage.CLAIMED_RELATIONSHIP__ADULT:
				setAdult((TravellingAdult)null);
				return;
			case CoTravelPackage.CLAIMED_RELATIONSHIP__RELATIONSHIP:
				setRelationship(RELATIONSHIP_EDEFAULT);
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
			case CoTravelPackage.CLAIMED_RELATIONSHIP__CHILD:
				return child != null;
			case CoTravelPackage.CLAIMED_RELATIONSHIP__ADULT:
				return adult != null;
			case CoTravelPackage.CLAIMED_RELATIONSHIP__RELATIONSHIP:
				return relationship != RELATIONSHIP_EDEFAULT;
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
		result.append(" (relationship: ");
		result.append(relationship);
		result.append(')');
		return result.toString();
	}

} //ClaimedRelationshipImpl
