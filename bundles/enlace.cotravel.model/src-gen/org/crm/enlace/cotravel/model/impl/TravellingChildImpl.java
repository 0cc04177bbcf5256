/**
 */
package org.crm.enlace.cotravel.model.impl;

import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.TravellingChild;

import org.crm.enlace.model.Person;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Travelling Child</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.TravellingChildImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.impl.TravellingChildImpl#getAgeAtTime <em>Age At Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TravellingChildImpl extends MinimalEObjectImpl.Container implements TravellingChild {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getAgeAtTime() <em>Age At Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeAtTime()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AGE_AT_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeAtTime() <em>Age At Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeAtTime()
	 * @generated
	 * @ordered
	 */
	protected Integer ageAtTime = AGE_AT_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TravellingChildImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoTravelPackage.Literals.TRAVELLING_CHILD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPerson(Person newPerson, NotificationChain msgs) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoTravelPackage.TRAVELLING_CHILD__PERSON, oldPerson, newPerson);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		if (newPerson != person) {
			NotificationChain msgs = null;
			if (person != null)
				msgs = ((InternalEObject)person).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoTravelPackage.TRAVELLING_CHILD__PERSON, null, msgs);
			if (newPerson != null)
				msgs = ((InternalEObject)newPerson).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoTravelPackage.TRAVELLING_CHILD__PERSON, null, msgs);
			msgs = basicSetPerson(newPerson, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.TRAVELLING_CHILD__PERSON, newPerson, newPerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAgeAtTime() {
		return ageAtTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeAtTime(Integer newAgeAtTime) {
		Integer oldAgeAtTime = ageAtTime;
		ageAtTime = newAgeAtTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoTravelPackage.TRAVELLING_CHILD__AGE_AT_TIME, oldAgeAtTime, ageAtTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoTravelPackage.TRAVELLING_CHILD__PERSON:
				return basicSetPerson(null, msgs);
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
			case CoTravelPackage.TRAVELLING_CHILD__PERSON:
				return getPerson();
			case CoTravelPackage.TRAVELLING_CHILD__AGE_AT_TIME:
				return getAgeAtTime();
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
			case CoTravelPackage.TRAVELLING_CHILD__PERSON:
				setPerson((Person)newValue);
				return;
			case CoTravelPackage.TRAVELLING_CHILD__AGE_AT_TIME:
				setAgeAtTime((Integer)newValue);
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
			case CoTravelPackage.TRAVELLING_CHILD__PERSON:
				setPerson((Person)null);
				return;
			case CoTravelPackage.TRAVELLING_CHILD__AGE_AT_TIME:
				setAgeAtTime(AGE_AT_TIME_EDEFAULT);
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
			case CoTravelPackage.TRAVELLING_CHILD__PERSON:
				return person != null;
			case CoTravelPackage.TRAVELLING_CHILD__AGE_AT_TIME:
				return AGE_AT_TIME_EDEFAULT == null ? ageAtTime != null : !AGE_AT_TIME_EDEFAULT.equals(ageAtTime);
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
		result.append(" (ageAtTime: ");
		result.append(ageAtTime);
		result.append(')');
		return result.toString();
	}

} //TravellingChildImpl
