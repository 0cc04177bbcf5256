/**
 */
package org.crm.enlace.intel.model.impl;

import java.util.Collection;

import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.SmugglerProfile;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Smuggler Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl#getNationalities <em>Nationalities</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl#getAgeFrom <em>Age From</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl#getAgeTo <em>Age To</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl#getNames <em>Names</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SmugglerProfileImpl extends MinimalEObjectImpl.Container implements SmugglerProfile {
	/**
	 * The default value of the '{@link #getCharacteristics() <em>Characteristics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacteristics()
	 * @generated
	 * @ordered
	 */
	protected static final String CHARACTERISTICS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCharacteristics() <em>Characteristics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacteristics()
	 * @generated
	 * @ordered
	 */
	protected String characteristics = CHARACTERISTICS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roles;

	/**
	 * The cached value of the '{@link #getNationalities() <em>Nationalities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> nationalities;

	/**
	 * The default value of the '{@link #getAgeFrom() <em>Age From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AGE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeFrom() <em>Age From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeFrom()
	 * @generated
	 * @ordered
	 */
	protected Integer ageFrom = AGE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeTo() <em>Age To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeTo()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AGE_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeTo() <em>Age To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeTo()
	 * @generated
	 * @ordered
	 */
	protected Integer ageTo = AGE_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNames() <em>Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> names;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmugglerProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntelPackage.Literals.SMUGGLER_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCharacteristics() {
		return characteristics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharacteristics(String newCharacteristics) {
		String oldCharacteristics = characteristics;
		characteristics = newCharacteristics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLER_PROFILE__CHARACTERISTICS, oldCharacteristics, characteristics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<String>(String.class, this, IntelPackage.SMUGGLER_PROFILE__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNationalities() {
		if (nationalities == null) {
			nationalities = new EDataTypeUniqueEList<String>(String.class, this, IntelPackage.SMUGGLER_PROFILE__NATIONALITIES);
		}
		return nationalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAgeFrom() {
		return ageFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeFrom(Integer newAgeFrom) {
		Integer oldAgeFrom = ageFrom;
		ageFrom = newAgeFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLER_PROFILE__AGE_FROM, oldAgeFrom, ageFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAgeTo() {
		return ageTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeTo(Integer newAgeTo) {
		Integer oldAgeTo = ageTo;
		ageTo = newAgeTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLER_PROFILE__AGE_TO, oldAgeTo, ageTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNames() {
		if (names == null) {
			names = new EDataTypeUniqueEList<String>(String.class, this, IntelPackage.SMUGGLER_PROFILE__NAMES);
		}
		return names;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntelPackage.SMUGGLER_PROFILE__CHARACTERISTICS:
				return getCharacteristics();
			case IntelPackage.SMUGGLER_PROFILE__ROLES:
				return getRoles();
			case IntelPackage.SMUGGLER_PROFILE__NATIONALITIES:
				return getNationalities();
			case IntelPackage.SMUGGLER_PROFILE__AGE_FROM:
				return getAgeFrom();
			case IntelPackage.SMUGGLER_PROFILE__AGE_TO:
				return getAgeTo();
			case IntelPackage.SMUGGLER_PROFILE__NAMES:
				return getNames();
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
			case IntelPackage.SMUGGLER_PROFILE__CHARACTERISTICS:
				setCharacteristics((String)newValue);
				return;
			case IntelPackage.SMUGGLER_PROFILE__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends String>)newValue);
				return;
			case IntelPackage.SMUGGLER_PROFILE__NATIONALITIES:
				getNationalities().clear();
				getNationalities().addAll((Collection<? extends String>)newValue);
				return;
			case IntelPackage.SMUGGLER_PROFILE__AGE_FROM:
				setAgeFrom((Integer)newValue);
				return;
			case IntelPackage.SMUGGLER_PROFILE__AGE_TO:
				setAgeTo((Integer)newValue);
				return;
			case IntelPackage.SMUGGLER_PROFILE__NAMES:
				getNames().clear();
				getNames().addAll((Collection<? extends String>)newValue);
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
			case IntelPackage.SMUGGLER_PROFILE__CHARACTERISTICS:
				setCharacteristics(CHARACTERISTICS_EDEFAULT);
				return;
			case IntelPackage.SMUGGLER_PROFILE__ROLES:
				getRoles().clear();
				return;
			case IntelPackage.SMUGGLER_PROFILE__NATIONALITIES:
				getNationalities().clear();
				return;
			case IntelPackage.SMUGGLER_PROFILE__AGE_FROM:
				setAgeFrom(AGE_FROM_EDEFAULT);
				return;
			case IntelPackage.SMUGGLER_PROFILE__AGE_TO:
				setAgeTo(AGE_TO_EDEFAULT);
				return;
			case IntelPackage.SMUGGLER_PROFILE__NAMES:
				getNames().clear();
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
			case IntelPackage.SMUGGLER_PROFILE__CHARACTERISTICS:
				return CHARACTERISTICS_EDEFAULT == null ? characteristics != null : !CHARACTERISTICS_EDEFAULT.equals(characteristics);
			case IntelPackage.SMUGGLER_PROFILE__ROLES:
				return roles != null && !roles.isEmpty();
			case IntelPackage.SMUGGLER_PROFILE__NATIONALITIES:
				return nationalities != null && !nationalities.isEmpty();
			case IntelPackage.SMUGGLER_PROFILE__AGE_FROM:
				return AGE_FROM_EDEFAULT == null ? ageFrom != null : !AGE_FROM_EDEFAULT.equals(ageFrom);
			case IntelPackage.SMUGGLER_PROFILE__AGE_TO:
				return AGE_TO_EDEFAULT == null ? ageTo != null : !AGE_TO_EDEFAULT.equals(ageTo);
			case IntelPackage.SMUGGLER_PROFILE__NAMES:
				return names != null && !names.isEmpty();
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
		result.append(" (characteristics: ");
		result.append(characteristics);
		result.append(", roles: ");
		result.append(roles);
		result.append(", nationalities: ");
		result.append(nationalities);
		result.append(", ageFrom: ");
		result.append(ageFrom);
		result.append(", ageTo: ");
		result.append(ageTo);
		result.append(", names: ");
		result.append(names);
		result.append(')');
		return result.toString();
	}

} //SmugglerProfileImpl
