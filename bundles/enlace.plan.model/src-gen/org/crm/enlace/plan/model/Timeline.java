/**
 */
package org.crm.enlace.plan.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Timeline#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Timeline#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Timeline#getMonthsAfter <em>Months After</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getTimeline()
 * @model
 * @generated
 */
public interface Timeline extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.crm.enlace.plan.model.PlanPackage#getTimeline_Deadline()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Timeline#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.plan.model.TimelineAnchor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see org.crm.enlace.plan.model.TimelineAnchor
	 * @see #setAnchor(TimelineAnchor)
	 * @see org.crm.enlace.plan.model.PlanPackage#getTimeline_Anchor()
	 * @model
	 * @generated
	 */
	TimelineAnchor getAnchor();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Timeline#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see org.crm.enlace.plan.model.TimelineAnchor
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(TimelineAnchor value);

	/**
	 * Returns the value of the '<em><b>Months After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With the anchor: the deadline is the anchor's date plus this many months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Months After</em>' attribute.
	 * @see #setMonthsAfter(Integer)
	 * @see org.crm.enlace.plan.model.PlanPackage#getTimeline_MonthsAfter()
	 * @model
	 * @generated
	 */
	Integer getMonthsAfter();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Timeline#getMonthsAfter <em>Months After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months After</em>' attribute.
	 * @see #getMonthsAfter()
	 * @generated
	 */
	void setMonthsAfter(Integer value);

} // Timeline
