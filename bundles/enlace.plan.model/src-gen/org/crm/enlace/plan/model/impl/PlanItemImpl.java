/**
 */
package org.crm.enlace.plan.model.impl;

import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.PlanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.impl.PlanItemImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.PlanItemImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.PlanItemImpl#getTextEs <em>Text Es</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.PlanItemImpl#getTextEn <em>Text En</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PlanItemImpl extends MinimalEObjectImpl.Container implements PlanItem {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

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
	 * The default value of the '{@link #getTextEs() <em>Text Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEs()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_ES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextEs() <em>Text Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEs()
	 * @generated
	 * @ordered
	 */
	protected String textEs = TEXT_ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected String textEn = TEXT_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.PLAN_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_ITEM__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_ITEM__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextEs() {
		return textEs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEs(String newTextEs) {
		String oldTextEs = textEs;
		textEs = newTextEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_ITEM__TEXT_ES, oldTextEs, textEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextEn() {
		return textEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEn(String newTextEn) {
		String oldTextEn = textEn;
		textEn = newTextEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_ITEM__TEXT_EN, oldTextEn, textEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.PLAN_ITEM__KEY:
				return getKey();
			case PlanPackage.PLAN_ITEM__CODE:
				return getCode();
			case PlanPackage.PLAN_ITEM__TEXT_ES:
				return getTextEs();
			case PlanPackage.PLAN_ITEM__TEXT_EN:
				return getTextEn();
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
			case PlanPackage.PLAN_ITEM__KEY:
				setKey((String)newValue);
				return;
			case PlanPackage.PLAN_ITEM__CODE:
				setCode((String)newValue);
				return;
			case PlanPackage.PLAN_ITEM__TEXT_ES:
				setTextEs((String)newValue);
				return;
			case PlanPackage.PLAN_ITEM__TEXT_EN:
				setTextEn((String)newValue);
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
			case PlanPackage.PLAN_ITEM__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PlanPackage.PLAN_ITEM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlanPackage.PLAN_ITEM__TEXT_ES:
				setTextEs(TEXT_ES_EDEFAULT);
				return;
			case PlanPackage.PLAN_ITEM__TEXT_EN:
				setTextEn(TEXT_EN_EDEFAULT);
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
			case PlanPackage.PLAN_ITEM__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PlanPackage.PLAN_ITEM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlanPackage.PLAN_ITEM__TEXT_ES:
				return TEXT_ES_EDEFAULT == null ? textEs != null : !TEXT_ES_EDEFAULT.equals(textEs);
			case PlanPackage.PLAN_ITEM__TEXT_EN:
				return TEXT_EN_EDEFAULT == null ? textEn != null : !TEXT_EN_EDEFAULT.equals(textEn);
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
		result.append(" (key: ");
		result.append(key);
		result.append(", code: ");
		result.append(code);
		result.append(", textEs: ");
		result.append(textEs);
		result.append(", textEn: ");
		result.append(textEn);
		result.append(')');
		return result.toString();
	}

} //PlanItemImpl
