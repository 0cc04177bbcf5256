/**
 */
package org.crm.enlace.plan.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.PlanStatus;
import org.crm.enlace.plan.model.WorkArea;
import org.crm.enlace.plan.model.WorkPlan;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getTitleEs <em>Title Es</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getScopeEs <em>Scope Es</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getScopeEn <em>Scope En</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getPeriodFrom <em>Period From</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getPeriodTo <em>Period To</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.WorkPlanImpl#getWorkAreas <em>Work Areas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkPlanImpl extends RecordImpl implements WorkPlan {
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
	 * The default value of the '{@link #getTitleEs() <em>Title Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEs()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_ES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEs() <em>Title Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEs()
	 * @generated
	 * @ordered
	 */
	protected String titleEs = TITLE_ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeEs() <em>Scope Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeEs()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_ES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeEs() <em>Scope Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeEs()
	 * @generated
	 * @ordered
	 */
	protected String scopeEs = SCOPE_ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeEn() <em>Scope En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeEn()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeEn() <em>Scope En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeEn()
	 * @generated
	 * @ordered
	 */
	protected String scopeEn = SCOPE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodFrom() <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodFrom() <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodFrom = PERIOD_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodTo() <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodTo() <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodTo = PERIOD_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected String edition = EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWorkAreas() <em>Work Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkArea> workAreas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.WORK_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEs() {
		return titleEs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEs(String newTitleEs) {
		String oldTitleEs = titleEs;
		titleEs = newTitleEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__TITLE_ES, oldTitleEs, titleEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEn() {
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn) {
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeEs() {
		return scopeEs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeEs(String newScopeEs) {
		String oldScopeEs = scopeEs;
		scopeEs = newScopeEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__SCOPE_ES, oldScopeEs, scopeEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeEn() {
		return scopeEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeEn(String newScopeEn) {
		String oldScopeEn = scopeEn;
		scopeEn = newScopeEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__SCOPE_EN, oldScopeEn, scopeEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodFrom(LocalDate newPeriodFrom) {
		LocalDate oldPeriodFrom = periodFrom;
		periodFrom = newPeriodFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__PERIOD_FROM, oldPeriodFrom, periodFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodTo() {
		return periodTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodTo(LocalDate newPeriodTo) {
		LocalDate oldPeriodTo = periodTo;
		periodTo = newPeriodTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__PERIOD_TO, oldPeriodTo, periodTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdition() {
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdition(String newEdition) {
		String oldEdition = edition;
		edition = newEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__EDITION, oldEdition, edition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus) {
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(LocalDate newApprovedOn) {
		LocalDate oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.WORK_PLAN__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkArea> getWorkAreas() {
		if (workAreas == null) {
			workAreas = new EObjectContainmentEList<WorkArea>(WorkArea.class, this, PlanPackage.WORK_PLAN__WORK_AREAS);
		}
		return workAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.WORK_PLAN__WORK_AREAS:
				return ((InternalEList<?>)getWorkAreas()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.WORK_PLAN__CODE:
				return getCode();
			case PlanPackage.WORK_PLAN__TITLE_ES:
				return getTitleEs();
			case PlanPackage.WORK_PLAN__TITLE_EN:
				return getTitleEn();
			case PlanPackage.WORK_PLAN__SCOPE_ES:
				return getScopeEs();
			case PlanPackage.WORK_PLAN__SCOPE_EN:
				return getScopeEn();
			case PlanPackage.WORK_PLAN__PERIOD_FROM:
				return getPeriodFrom();
			case PlanPackage.WORK_PLAN__PERIOD_TO:
				return getPeriodTo();
			case PlanPackage.WORK_PLAN__EDITION:
				return getEdition();
			case PlanPackage.WORK_PLAN__STATUS:
				return getStatus();
			case PlanPackage.WORK_PLAN__APPROVED_ON:
				return getApprovedOn();
			case PlanPackage.WORK_PLAN__WORK_AREAS:
				return getWorkAreas();
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
			case PlanPackage.WORK_PLAN__CODE:
				setCode((String)newValue);
				return;
			case PlanPackage.WORK_PLAN__TITLE_ES:
				setTitleEs((String)newValue);
				return;
			case PlanPackage.WORK_PLAN__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case PlanPackage.WORK_PLAN__SCOPE_ES:
				setScopeEs((String)newValue);
				return;
			case PlanPackage.WORK_PLAN__SCOPE_EN:
				setScopeEn((String)newValue);
				return;
			case PlanPackage.WORK_PLAN__PERIOD_FROM:
				setPeriodFrom((LocalDate)newValue);
				return;
			case PlanPackage.WORK_PLAN__PERIOD_TO:
				setPeriodTo((LocalDate)newValue);
				return;
			case PlanPackage.WORK_PLAN__EDITION:
				setEdition((String)newValue);
				return;
			case PlanPackage.WORK_PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case PlanPackage.WORK_PLAN__APPROVED_ON:
				setApprovedOn((LocalDate)newValue);
				return;
			case PlanPackage.WORK_PLAN__WORK_AREAS:
				getWorkAreas().clear();
				getWorkAreas().addAll((Collection<? extends WorkArea>)newValue);
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
			case PlanPackage.WORK_PLAN__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__TITLE_ES:
				setTitleEs(TITLE_ES_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__SCOPE_ES:
				setScopeEs(SCOPE_ES_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__SCOPE_EN:
				setScopeEn(SCOPE_EN_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__PERIOD_FROM:
				setPeriodFrom(PERIOD_FROM_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__PERIOD_TO:
				setPeriodTo(PERIOD_TO_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__EDITION:
				setEdition(EDITION_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
				return;
			case PlanPackage.WORK_PLAN__WORK_AREAS:
				getWorkAreas().clear();
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
			case PlanPackage.WORK_PLAN__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlanPackage.WORK_PLAN__TITLE_ES:
				return TITLE_ES_EDEFAULT == null ? titleEs != null : !TITLE_ES_EDEFAULT.equals(titleEs);
			case PlanPackage.WORK_PLAN__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case PlanPackage.WORK_PLAN__SCOPE_ES:
				return SCOPE_ES_EDEFAULT == null ? scopeEs != null : !SCOPE_ES_EDEFAULT.equals(scopeEs);
			case PlanPackage.WORK_PLAN__SCOPE_EN:
				return SCOPE_EN_EDEFAULT == null ? scopeEn != null : !SCOPE_EN_EDEFAULT.equals(scopeEn);
			case PlanPackage.WORK_PLAN__PERIOD_FROM:
				return PERIOD_FROM_EDEFAULT == null ? periodFrom != null : !PERIOD_FROM_EDEFAULT.equals(periodFrom);
			case PlanPackage.WORK_PLAN__PERIOD_TO:
				return PERIOD_TO_EDEFAULT == null ? periodTo != null : !PERIOD_TO_EDEFAULT.equals(periodTo);
			case PlanPackage.WORK_PLAN__EDITION:
				return EDITION_EDEFAULT == null ? edition != null : !EDITION_EDEFAULT.equals(edition);
			case PlanPackage.WORK_PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.WORK_PLAN__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
			case PlanPackage.WORK_PLAN__WORK_AREAS:
				return workAreas != null && !workAreas.isEmpty();
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
		result.append(", titleEs: ");
		result.append(titleEs);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", scopeEs: ");
		result.append(scopeEs);
		result.append(", scopeEn: ");
		result.append(scopeEn);
		result.append(", periodFrom: ");
		result.append(periodFrom);
		result.append(", periodTo: ");
		result.append(periodTo);
		result.append(", edition: ");
		result.append(edition);
		result.append(", status: ");
		result.append(status);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(')');
		return result.toString();
	}

} //WorkPlanImpl
