/**
 */
package org.crm.enlace.specimens.model.impl;

import org.crm.enlace.specimens.model.HolderAgeValidity;
import org.crm.enlace.specimens.model.SpecimensPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Holder Age Validity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl#getFromAge <em>From Age</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl#getToAge <em>To Age</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.HolderAgeValidityImpl#getValidityMonths <em>Validity Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HolderAgeValidityImpl extends MinimalEObjectImpl.Container implements HolderAgeValidity {
	/**
	 * The default value of the '{@link #getFromAge() <em>From Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromAge()
	 * @generated
	 * @ordered
	 */
	protected static final int FROM_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFromAge() <em>From Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromAge()
	 * @generated
	 * @ordered
	 */
	protected int fromAge = FROM_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToAge() <em>To Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TO_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToAge() <em>To Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToAge()
	 * @generated
	 * @ordered
	 */
	protected Integer toAge = TO_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidityMonths() <em>Validity Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidityMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int VALIDITY_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValidityMonths() <em>Validity Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidityMonths()
	 * @generated
	 * @ordered
	 */
	protected int validityMonths = VALIDITY_MONTHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HolderAgeValidityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecimensPackage.Literals.HOLDER_AGE_VALIDITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFromAge() {
		return fromAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromAge(int newFromAge) {
		int oldFromAge = fromAge;
		fromAge = newFromAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.HOLDER_AGE_VALIDITY__FROM_AGE, oldFromAge, fromAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getToAge() {
		return toAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToAge(Integer newToAge) {
		Integer oldToAge = toAge;
		toAge = newToAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.HOLDER_AGE_VALIDITY__TO_AGE, oldToAge, toAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValidityMonths() {
		return validityMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidityMonths(int newValidityMonths) {
		int oldValidityMonths = validityMonths;
		validityMonths = newValidityMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.HOLDER_AGE_VALIDITY__VALIDITY_MONTHS, oldValidityMonths, validityMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecimensPackage.HOLDER_AGE_VALIDITY__FROM_AGE:
				return getFromAge();
			case SpecimensPackage.HOLDER_AGE_VALIDITY__TO_AGE:
				return getToAge();
			case SpecimensPackage.HOLDER_AGE_VALIDITY__VALIDITY_MONTHS:
				return getValidityMonths();
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
			case SpecimensPackage.HOLDER_AGE_VALIDITY__FROM_AGE:
				setFromAge((Integer)newValue);
				return;
			case SpecimensPackage.HOLDER_AGE_VALIDITY__TO_AGE:
				setToAge((Integer)newValue);
				return;
			case SpecimensPackage.HOLDER_AGE_VALIDITY__VALIDITY_MONTHS:
				setValidityMonths((Integer)newValue);
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
			case SpecimensPackage.HOLDER_AGE_VALIDITY__FROM_AGE:
				setFromAge(FROM_AGE_EDEFAULT);
				return;
			case SpecimensPackage.HOLDER_AGE_VALIDITY__TO_AGE:
				setToAge(TO_AGE_EDEFAULT);
				return;
			case SpecimensPackage.HOLDER_AGE_VALIDITY__VALIDITY_MONTHS:
				setValidityMonths(VALIDITY_MONTHS_EDEFAULT);
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
			case SpecimensPackage.HOLDER_AGE_VALIDITY__FROM_AGE:
				return fromAge != FROM_AGE_EDEFAULT;
			case SpecimensPackage.HOLDER_AGE_VALIDITY__TO_AGE:
				return TO_AGE_EDEFAULT == null ? toAge != null : !TO_AGE_EDEFAULT.equals(toAge);
			case SpecimensPackage.HOLDER_AGE_VALIDITY__VALIDITY_MONTHS:
				return validityMonths != VALIDITY_MONTHS_EDEFAULT;
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
		result.append(" (fromAge: ");
		result.append(fromAge);
		result.append(", toAge: ");
		result.append(toAge);
		result.append(", validityMonths: ");
		result.append(validityMonths);
		result.append(')');
		return result.toString();
	}

} //HolderAgeValidityImpl
