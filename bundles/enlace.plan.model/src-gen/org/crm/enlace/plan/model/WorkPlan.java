/**
 */
package org.crm.enlace.plan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A work plan of the network: the seed's short-term plan, owned by the Technical Secretariat, or a later one. Texts in Spanish (the network's original) with an English reading.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getTitleEs <em>Title Es</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getScopeEs <em>Scope Es</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getScopeEn <em>Scope En</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getPeriodFrom <em>Period From</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getPeriodTo <em>Period To</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.WorkPlan#getWorkAreas <em>Work Areas</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan()
 * @model
 * @generated
 */
public interface WorkPlan extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short and stable, e.g. CRM-PT-1 for the seed plan; what ./enlace indicators --plan takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_Code()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Es</em>' attribute.
	 * @see #setTitleEs(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_TitleEs()
	 * @model required="true"
	 * @generated
	 */
	String getTitleEs();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getTitleEs <em>Title Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Es</em>' attribute.
	 * @see #getTitleEs()
	 * @generated
	 */
	void setTitleEs(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Scope Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Es</em>' attribute.
	 * @see #setScopeEs(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_ScopeEs()
	 * @model
	 * @generated
	 */
	String getScopeEs();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getScopeEs <em>Scope Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Es</em>' attribute.
	 * @see #getScopeEs()
	 * @generated
	 */
	void setScopeEs(String value);

	/**
	 * Returns the value of the '<em><b>Scope En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope En</em>' attribute.
	 * @see #setScopeEn(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_ScopeEn()
	 * @model
	 * @generated
	 */
	String getScopeEn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getScopeEn <em>Scope En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope En</em>' attribute.
	 * @see #getScopeEn()
	 * @generated
	 */
	void setScopeEn(String value);

	/**
	 * Returns the value of the '<em><b>Period From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period From</em>' attribute.
	 * @see #setPeriodFrom(LocalDate)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_PeriodFrom()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodFrom();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getPeriodFrom <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period From</em>' attribute.
	 * @see #getPeriodFrom()
	 * @generated
	 */
	void setPeriodFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period To</em>' attribute.
	 * @see #setPeriodTo(LocalDate)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_PeriodTo()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodTo();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getPeriodTo <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period To</em>' attribute.
	 * @see #getPeriodTo()
	 * @generated
	 */
	void setPeriodTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's own version as the network names it (1, 2026-b...), apart from the record's version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edition</em>' attribute.
	 * @see #setEdition(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_Edition()
	 * @model
	 * @generated
	 */
	String getEdition();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getEdition <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' attribute.
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.plan.model.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.plan.model.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.plan.model.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the plan was approved: what timelines such as "6 months" count from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(LocalDate)
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_ApprovedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getApprovedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.WorkPlan#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Work Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.WorkArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Areas</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkPlan_WorkAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkArea> getWorkAreas();

} // WorkPlan
