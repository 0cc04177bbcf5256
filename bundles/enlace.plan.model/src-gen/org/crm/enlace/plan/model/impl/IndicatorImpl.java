/**
 */
package org.crm.enlace.plan.model.impl;

import java.math.BigDecimal;

import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.impl.IndicatorImpl#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.IndicatorImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.IndicatorImpl#isComputed <em>Computed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends PlanItemImpl implements Indicator {
	/**
	 * The default value of the '{@link #getIndicatorCode() <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INDICATOR_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndicatorCode() <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorCode()
	 * @generated
	 * @ordered
	 */
	protected String indicatorCode = INDICATOR_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #isComputed() <em>Computed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComputed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPUTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isComputed() <em>Computed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComputed()
	 * @generated
	 * @ordered
	 */
	protected boolean computed = COMPUTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndicatorCode() {
		return indicatorCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicatorCode(String newIndicatorCode) {
		String oldIndicatorCode = indicatorCode;
		indicatorCode = newIndicatorCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__INDICATOR_CODE, oldIndicatorCode, indicatorCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget) {
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComputed() {
		return computed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputed(boolean newComputed) {
		boolean oldComputed = computed;
		computed = newComputed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__COMPUTED, oldComputed, computed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.INDICATOR__INDICATOR_CODE:
				return getIndicatorCode();
			case PlanPackage.INDICATOR__UNIT:
				return getUnit();
			case PlanPackage.INDICATOR__TARGET:
				return getTarget();
			case PlanPackage.INDICATOR__COMPUTED:
				return isComputed();
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
			case PlanPackage.INDICATOR__INDICATOR_CODE:
				setIndicatorCode((String)newValue);
				return;
			case PlanPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case PlanPackage.INDICATOR__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case PlanPackage.INDICATOR__COMPUTED:
				setComputed((Boolean)newValue);
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
			case PlanPackage.INDICATOR__INDICATOR_CODE:
				setIndicatorCode(INDICATOR_CODE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__COMPUTED:
				setComputed(COMPUTED_EDEFAULT);
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
			case PlanPackage.INDICATOR__INDICATOR_CODE:
				return INDICATOR_CODE_EDEFAULT == null ? indicatorCode != null : !INDICATOR_CODE_EDEFAULT.equals(indicatorCode);
			case PlanPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case PlanPackage.INDICATOR__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case PlanPackage.INDICATOR__COMPUTED:
				return computed != COMPUTED_EDEFAULT;
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
		result.append(" (indicatorCode: ");
		result.append(indicatorCode);
		result.append(", unit: ");
		result.append(unit);
		result.append(", target: ");
		result.append(target);
		result.append(", computed: ");
		result.append(computed);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
