/**
 */
package org.crm.enlace.model.impl;

import java.time.LocalDate;

import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.PersonDocument;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.impl.PersonDocumentImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonDocumentImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonDocumentImpl#getIssuingState <em>Issuing State</em>}</li>
 *   <li>{@link org.crm.enlace.model.impl.PersonDocumentImpl#getExpiry <em>Expiry</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonDocumentImpl extends MinimalEObjectImpl.Container implements PersonDocument {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuingState() <em>Issuing State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingState()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUING_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuingState() <em>Issuing State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingState()
	 * @generated
	 * @ordered
	 */
	protected String issuingState = ISSUING_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiry() <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiry() <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiry()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiry = EXPIRY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnlacePackage.Literals.PERSON_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON_DOCUMENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON_DOCUMENT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuingState() {
		return issuingState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingState(String newIssuingState) {
		String oldIssuingState = issuingState;
		issuingState = newIssuingState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON_DOCUMENT__ISSUING_STATE, oldIssuingState, issuingState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiry() {
		return expiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiry(LocalDate newExpiry) {
		LocalDate oldExpiry = expiry;
		expiry = newExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnlacePackage.PERSON_DOCUMENT__EXPIRY, oldExpiry, expiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnlacePackage.PERSON_DOCUMENT__TYPE:
				return getType();
			case EnlacePackage.PERSON_DOCUMENT__NUMBER:
				return getNumber();
			case EnlacePackage.PERSON_DOCUMENT__ISSUING_STATE:
				return getIssuingState();
			case EnlacePackage.PERSON_DOCUMENT__EXPIRY:
				return getExpiry();
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
			case EnlacePackage.PERSON_DOCUMENT__TYPE:
				setType((String)newValue);
				return;
			case EnlacePackage.PERSON_DOCUMENT__NUMBER:
				setNumber((String)newValue);
				return;
			case EnlacePackage.PERSON_DOCUMENT__ISSUING_STATE:
				setIssuingState((String)newValue);
				return;
			case EnlacePackage.PERSON_DOCUMENT__EXPIRY:
				setExpiry((LocalDate)newValue);
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
			case EnlacePackage.PERSON_DOCUMENT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case EnlacePackage.PERSON_DOCUMENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case EnlacePackage.PERSON_DOCUMENT__ISSUING_STATE:
				setIssuingState(ISSUING_STATE_EDEFAULT);
				return;
			case EnlacePackage.PERSON_DOCUMENT__EXPIRY:
				setExpiry(EXPIRY_EDEFAULT);
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
			case EnlacePackage.PERSON_DOCUMENT__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case EnlacePackage.PERSON_DOCUMENT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case EnlacePackage.PERSON_DOCUMENT__ISSUING_STATE:
				return ISSUING_STATE_EDEFAULT == null ? issuingState != null : !ISSUING_STATE_EDEFAULT.equals(issuingState);
			case EnlacePackage.PERSON_DOCUMENT__EXPIRY:
				return EXPIRY_EDEFAULT == null ? expiry != null : !EXPIRY_EDEFAULT.equals(expiry);
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
		result.append(" (type: ");
		result.append(type);
		result.append(", number: ");
		result.append(number);
		result.append(", issuingState: ");
		result.append(issuingState);
		result.append(", expiry: ");
		result.append(expiry);
		result.append(')');
		return result.toString();
	}

} //PersonDocumentImpl
