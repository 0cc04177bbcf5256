/**
 */
package org.crm.enlace.plan.model.impl;

import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.ResourceLine;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ResourceLineImpl extends PlanItemImpl implements ResourceLine {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.RESOURCE_LINE;
	}

} //ResourceLineImpl
