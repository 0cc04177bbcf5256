/**
 */
package org.crm.enlace.model.impl;

import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Country</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.CountryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.CountryImpl#getNameEs <em>Name Es</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.CountryImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.CountryImpl#getNameFr <em>Name Fr</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.CountryImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CountryImpl extends RecordImpl implements Country {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEs() <em>Name Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEs()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEs() <em>Name Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEs()
	 * @generated
	 * @ordered
	 */
	protected String nameEs = NAME_ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameFr() <em>Name Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFr()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_FR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameFr() <em>Name Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFr()
	 * @generated
	 * @ordered
	 */
	protected String nameFr = NAME_FR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CountryStatus STATUS_EDEFAULT = CountryStatus.MEMBER;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CountryStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CountryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.COUNTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.COUNTRY__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEs() {
		return nameEs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEs(String newNameEs) {
		String oldNameEs = nameEs;
		nameEs = newNameEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.COUNTRY__NAME_ES, oldNameEs, nameEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.COUNTRY__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameFr() {
		return nameFr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameFr(String newNameFr) {
		String oldNameFr = nameFr;
		nameFr = newNameFr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.COUNTRY__NAME_FR, oldNameFr, nameFr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountryStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CountryStatus newStatus) {
		CountryStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.COUNTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnlacePackage.COUNTRY__CODE:
				return getCode();
			case EnlacePackage.COUNTRY__NAME_ES:
				return getNameEs();
			case EnlacePackage.COUNTRY__NAME_EN:
				return getNameEn();
			case EnlacePackage.COUNTRY__NAME_FR:
				return getNameFr();
			case EnlacePackage.COUNTRY__STATUS:
				return getStatus();
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
			case EnlacePackage.COUNTRY__CODE:
				setCode((String)newValue);
				return;
			case EnlacePackage.COUNTRY__NAME_ES:
				setNameEs((String)newValue);
				return;
			case EnlacePackage.COUNTRY__NAME_EN:
				setNameEn((String)newValue);
				return;
			case EnlacePackage.COUNTRY__NAME_FR:
				setNameFr((String)newValue);
				return;
			case EnlacePackage.COUNTRY__STATUS:
				setStatus((CountryStatus)newValue);
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
			case EnlacePackage.COUNTRY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case EnlacePackage.COUNTRY__NAME_ES:
				setNameEs(NAME_ES_EDEFAULT);
				return;
			case EnlacePackage.COUNTRY__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case EnlacePackage.COUNTRY__NAME_FR:
				setNameFr(NAME_FR_EDEFAULT);
				return;
			case EnlacePackage.COUNTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case EnlacePackage.COUNTRY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case EnlacePackage.COUNTRY__NAME_ES:
				return NAME_ES_EDEFAULT == null ? nameEs != null : !NAME_ES_EDEFAULT.equals(nameEs);
			case EnlacePackage.COUNTRY__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case EnlacePackage.COUNTRY__NAME_FR:
				return NAME_FR_EDEFAULT == null ? nameFr != null : !NAME_FR_EDEFAULT.equals(nameFr);
			case EnlacePackage.COUNTRY__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", nameEs: ");
		result.append(nameEs);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", nameFr: ");
		result.append(nameFr);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //CountryImpl
