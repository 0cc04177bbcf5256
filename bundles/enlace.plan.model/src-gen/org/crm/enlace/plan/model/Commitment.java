/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An objective or a result, with the columns the plan fills beside it: indicators, timelines, responsible parties, resources, and the kinds of record that evidence it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Commitment#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Commitment#getTimelines <em>Timelines</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Commitment#getResponsibles <em>Responsibles</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Commitment#getResources <em>Resources</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Commitment#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getCommitment()
 * @model abstract="true"
 * @generated
 */
public interface Commitment extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getCommitment_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Timelines</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.Timeline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timelines</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getCommitment_Timelines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Timeline> getTimelines();

	/**
	 * Returns the value of the '<em><b>Responsibles</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.Responsible}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsibles</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getCommitment_Responsibles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Responsible> getResponsibles();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.ResourceLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getCommitment_Resources()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResourceLine> getResources();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getCommitment_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidence();

} // Commitment
