/**
 */
package org.crm.enlace.intel.model.util;

import org.crm.enlace.intel.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.intel.model.IntelPackage
 * @generated
 */
public class IntelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static IntelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = IntelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntelSwitch<Adapter> modelSwitch =
		new IntelSwitch<Adapter>() {
			@Override
			public Adapter caseSmugglingReport(SmugglingReport object) {
				return createSmugglingReportAdapter();
			}
			@Override
			public Adapter caseRouteStep(RouteStep object) {
				return createRouteStepAdapter();
			}
			@Override
			public Adapter caseSmugglerProfile(SmugglerProfile object) {
				return createSmugglerProfileAdapter();
			}
			@Override
			public Adapter caseVocabularyTerm(VocabularyTerm object) {
				return createVocabularyTermAdapter();
			}
			@Override
			public Adapter caseBorderCrossing(BorderCrossing object) {
				return createBorderCrossingAdapter();
			}
			@Override
			public Adapter caseRecord(org.crm.enlace.model.Record object) {
				return createRecordAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.intel.model.SmugglingReport <em>Smuggling Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.intel.model.SmugglingReport
	 * @generated
	 */
	public Adapter createSmugglingReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.intel.model.RouteStep <em>Route Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.intel.model.RouteStep
	 * @generated
	 */
	public Adapter createRouteStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.intel.model.SmugglerProfile <em>Smuggler Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.intel.model.SmugglerProfile
	 * @generated
	 */
	public Adapter createSmugglerProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.intel.model.VocabularyTerm <em>Vocabulary Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.intel.model.VocabularyTerm
	 * @generated
	 */
	public Adapter createVocabularyTermAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.intel.model.BorderCrossing <em>Border Crossing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.intel.model.BorderCrossing
	 * @generated
	 */
	public Adapter createBorderCrossingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.model.Record
	 * @generated
	 */
	public Adapter createRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //IntelAdapterFactory
