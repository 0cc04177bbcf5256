/**
 */
package org.crm.enlace.training.model.impl;

import org.crm.enlace.training.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingFactoryImpl extends EFactoryImpl implements TrainingFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TrainingFactory init() {
		try {
			TrainingFactory theTrainingFactory = (TrainingFactory)EPackage.Registry.INSTANCE.getEFactory(TrainingPackage.eNS_URI);
			if (theTrainingFactory != null) {
				return theTrainingFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TrainingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TrainingPackage.TRAINING_PROGRAMME: return createTrainingProgramme();
			case TrainingPackage.TRAINING_MODULE: return createTrainingModule();
			case TrainingPackage.TRAINING_SESSION: return createTrainingSession();
			case TrainingPackage.PARTICIPANT: return createParticipant();
			case TrainingPackage.ENROLMENT: return createEnrolment();
			case TrainingPackage.TRAINING_TARGET: return createTrainingTarget();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TrainingPackage.PROGRAMME_STATUS:
				return createProgrammeStatusFromString(eDataType, initialValue);
			case TrainingPackage.DELIVERY:
				return createDeliveryFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TrainingPackage.PROGRAMME_STATUS:
				return convertProgrammeStatusToString(eDataType, instanceValue);
			case TrainingPackage.DELIVERY:
				return convertDeliveryToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingProgramme createTrainingProgramme() {
		TrainingProgrammeImpl trainingProgramme = new TrainingProgrammeImpl();
		return trainingProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingModule createTrainingModule() {
		TrainingModuleImpl trainingModule = new TrainingModuleImpl();
		return trainingModule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSession createTrainingSession() {
		TrainingSessionImpl trainingSession = new TrainingSessionImpl();
		return trainingSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant() {
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enrolment createEnrolment() {
		EnrolmentImpl enrolment = new EnrolmentImpl();
		return enrolment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingTarget createTrainingTarget() {
		TrainingTargetImpl trainingTarget = new TrainingTargetImpl();
		return trainingTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeStatus createProgrammeStatusFromString(EDataType eDataType, String initialValue) {
		ProgrammeStatus result = ProgrammeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgrammeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Delivery createDeliveryFromString(EDataType eDataType, String initialValue) {
		Delivery result = Delivery.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliveryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingPackage getTrainingPackage() {
		return (TrainingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TrainingPackage getPackage() {
		return TrainingPackage.eINSTANCE;
	}

} //TrainingFactoryImpl
