/**
 */
package org.crm.enlace.plan.model.impl;

import java.time.LocalDate;

import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Timeline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.impl.TimelineImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.TimelineImpl#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.TimelineImpl#getMonthsAfter <em>Months After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimelineImpl extends PlanItemImpl implements Timeline {
	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final TimelineAnchor ANCHOR_EDEFAULT = TimelineAnchor.NONE;

	/**
	 * The cached value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected TimelineAnchor anchor = ANCHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthsAfter() <em>Months After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MONTHS_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonthsAfter() <em>Months After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsAfter()
	 * @generated
	 * @ordered
	 */
	protected Integer monthsAfter = MONTHS_AFTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimelineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.TIMELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.TIMELINE__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimelineAnchor getAnchor() {
		return anchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchor(TimelineAnchor newAnchor) {
		TimelineAnchor oldAnchor = anchor;
		anchor = newAnchor == null ? ANCHOR_EDEFAULT : newAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.TIMELINE__ANCHOR, oldAnchor, anchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMonthsAfter() {
		return monthsAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsAfter(Integer newMonthsAfter) {
		Integer oldMonthsAfter = monthsAfter;
		monthsAfter = newMonthsAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.TIMELINE__MONTHS_AFTER, oldMonthsAfter, monthsAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.TIMELINE__DEADLINE:
				return getDeadline();
			case PlanPackage.TIMELINE__ANCHOR:
				return getAnchor();
			case PlanPackage.TIMELINE__MONTHS_AFTER:
				return getMonthsAfter();
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
			case PlanPackage.TIMELINE__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case PlanPackage.TIMELINE__ANCHOR:
				setAnchor((TimelineAnchor)newValue);
				return;
			case PlanPackage.TIMELINE__MONTHS_AFTER:
				setMonthsAfter((Integer)newValue);
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
			case PlanPackage.TIMELINE__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case PlanPackage.TIMELINE__ANCHOR:
				setAnchor(ANCHOR_EDEFAULT);
				return;
			case PlanPackage.TIMELINE__MONTHS_AFTER:
				setMonthsAfter(MONTHS_AFTER_EDEFAULT);
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
			case PlanPackage.TIMELINE__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case PlanPackage.TIMELINE__ANCHOR:
				return anchor != ANCHOR_EDEFAULT;
			case PlanPackage.TIMELINE__MONTHS_AFTER:
				return MONTHS_AFTER_EDEFAULT == null ? monthsAfter != null : !MONTHS_AFTER_EDEFAULT.equals(monthsAfter);
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
		result.append(" (deadline: ");
		result.append(deadline);
		result.append(", anchor: ");
		result.append(anchor);
		result.append(", monthsAfter: ");
		result.append(monthsAfter);
		result.append(')');
		return result.toString();
	}

} //TimelineImpl
