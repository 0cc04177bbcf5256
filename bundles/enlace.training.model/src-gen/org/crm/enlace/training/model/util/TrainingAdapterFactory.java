/**
 */
package org.crm.enlace.training.model.util;

import org.crm.enlace.training.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.crm.enlace.training.model.TrainingPackage
 * @generated
 */
public class TrainingAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TrainingPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TrainingPackage.eINSTANCE;
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
	protected TrainingSwitch<Adapter> modelSwitch =
		new TrainingSwitch<Adapter>() {
			@Override
			public Adapter caseTrainingProgramme(TrainingProgramme object) {
				return createTrainingProgrammeAdapter();
			}
			@Override
			public Adapter caseTrainingModule(TrainingModule object) {
				return createTrainingModuleAdapter();
			}
			@Override
			public Adapter caseTrainingSession(TrainingSession object) {
				return createTrainingSessionAdapter();
			}
			@Override
			public Adapter caseParticipant(Participant object) {
				return createParticipantAdapter();
			}
			@Override
			public Adapter caseEnrolment(Enrolment object) {
				return createEnrolmentAdapter();
			}
			@Override
			public Adapter caseTrainingTarget(TrainingTarget object) {
				return createTrainingTargetAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.training.model.TrainingProgramme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.training.model.TrainingProgramme
	 * @generated
	 */
	public Adapter createTrainingProgrammeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.training.model.TrainingModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.training.model.TrainingModule
	 * @generated
	 */
	public Adapter createTrainingModuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.training.model.TrainingSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.training.model.TrainingSession
	 * @generated
	 */
	public Adapter createTrainingSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.training.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.training.model.Participant
	 * @generated
	 */
	public Adapter createParticipantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.training.model.Enrolment <em>Enrolment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.training.model.Enrolment
	 * @generated
	 */
	public Adapter createEnrolmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crm.enlace.training.model.TrainingTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crm.enlace.training.model.TrainingTarget
	 * @generated
	 */
	public Adapter createTrainingTargetAdapter() {
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

} //TrainingAdapterFactory
