/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.plan.model.PlanPackage
 * @generated
 */
public interface PlanFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanFactory eINSTANCE = org.crm.enlace.plan.model.impl.PlanFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Work Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Plan</em>'.
	 * @generated
	 */
	WorkPlan createWorkPlan();

	/**
	 * Returns a new object of class '<em>Work Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Area</em>'.
	 * @generated
	 */
	WorkArea createWorkArea();

	/**
	 * Returns a new object of class '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Objective</em>'.
	 * @generated
	 */
	Objective createObjective();

	/**
	 * Returns a new object of class '<em>Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Result</em>'.
	 * @generated
	 */
	Result createResult();

	/**
	 * Returns a new object of class '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity</em>'.
	 * @generated
	 */
	Activity createActivity();

	/**
	 * Returns a new object of class '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator</em>'.
	 * @generated
	 */
	Indicator createIndicator();

	/**
	 * Returns a new object of class '<em>Timeline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timeline</em>'.
	 * @generated
	 */
	Timeline createTimeline();

	/**
	 * Returns a new object of class '<em>Responsible</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Responsible</em>'.
	 * @generated
	 */
	Responsible createResponsible();

	/**
	 * Returns a new object of class '<em>Resource Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Line</em>'.
	 * @generated
	 */
	ResourceLine createResourceLine();

	/**
	 * Returns a new object of class '<em>Evidence Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Link</em>'.
	 * @generated
	 */
	EvidenceLink createEvidenceLink();

	/**
	 * Returns a new object of class '<em>Activity Update</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity Update</em>'.
	 * @generated
	 */
	ActivityUpdate createActivityUpdate();

	/**
	 * Returns a new object of class '<em>Indicator Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator Entry</em>'.
	 * @generated
	 */
	IndicatorEntry createIndicatorEntry();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PlanPackage getPlanPackage();

} //PlanFactory
