/**
 */
package org.crm.enlace.training.model.impl;

import org.crm.enlace.model.EnlacePackage;

import org.crm.enlace.training.model.Delivery;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingFactory;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.model.TrainingTarget;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingPackageImpl extends EPackageImpl implements TrainingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingProgrammeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingModuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass participantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enrolmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum programmeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliveryEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.crm.enlace.training.model.TrainingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TrainingPackageImpl() {
		super(eNS_URI, TrainingFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TrainingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TrainingPackage init() {
		if (isInited) return (TrainingPackage)EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTrainingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TrainingPackageImpl theTrainingPackage = registeredTrainingPackage instanceof TrainingPackageImpl ? (TrainingPackageImpl)registeredTrainingPackage : new TrainingPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theTrainingPackage.createPackageContents();

		// Initialize created meta-data
		theTrainingPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTrainingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TrainingPackage.eNS_URI, theTrainingPackage);
		return theTrainingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingProgramme() {
		return trainingProgrammeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_Code() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_Title() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_VersionLabel() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_VersionDate() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_Status() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_ApprovedOn() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProgramme_WindowMonths() {
		return (EAttribute)trainingProgrammeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingProgramme_Modules() {
		return (EReference)trainingProgrammeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingModule() {
		return trainingModuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingModule_Code() {
		return (EAttribute)trainingModuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingModule_Title() {
		return (EAttribute)trainingModuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingModule_Hours() {
		return (EAttribute)trainingModuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingModule_VictimIdentification() {
		return (EAttribute)trainingModuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSession() {
		return trainingSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_ProgrammeId() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_ModuleCodes() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Title() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_StartDate() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_EndDate() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Place() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Country() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Delivery() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Trainers() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Organisers() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParticipant() {
		return participantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_FullName() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Sex() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Country() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Institution() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Position() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_Enrolments() {
		return (EReference)participantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnrolment() {
		return enrolmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_SessionId() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_Attended() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_PreScore() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_PostScore() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_CompletedOn() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingTarget() {
		return trainingTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_ProgrammeId() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_Country() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingTarget_Officials() {
		return (EAttribute)trainingTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProgrammeStatus() {
		return programmeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDelivery() {
		return deliveryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingFactory getTrainingFactory() {
		return (TrainingFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		trainingProgrammeEClass = createEClass(TRAINING_PROGRAMME);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__CODE);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__TITLE);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__VERSION_LABEL);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__VERSION_DATE);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__STATUS);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__APPROVED_ON);
		createEAttribute(trainingProgrammeEClass, TRAINING_PROGRAMME__WINDOW_MONTHS);
		createEReference(trainingProgrammeEClass, TRAINING_PROGRAMME__MODULES);

		trainingModuleEClass = createEClass(TRAINING_MODULE);
		createEAttribute(trainingModuleEClass, TRAINING_MODULE__CODE);
		createEAttribute(trainingModuleEClass, TRAINING_MODULE__TITLE);
		createEAttribute(trainingModuleEClass, TRAINING_MODULE__HOURS);
		createEAttribute(trainingModuleEClass, TRAINING_MODULE__VICTIM_IDENTIFICATION);

		trainingSessionEClass = createEClass(TRAINING_SESSION);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__PROGRAMME_ID);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__MODULE_CODES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__TITLE);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__START_DATE);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__END_DATE);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__PLACE);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__COUNTRY);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__DELIVERY);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__TRAINERS);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__ORGANISERS);

		participantEClass = createEClass(PARTICIPANT);
		createEAttribute(participantEClass, PARTICIPANT__FULL_NAME);
		createEAttribute(participantEClass, PARTICIPANT__SEX);
		createEAttribute(participantEClass, PARTICIPANT__COUNTRY);
		createEAttribute(participantEClass, PARTICIPANT__INSTITUTION);
		createEAttribute(participantEClass, PARTICIPANT__POSITION);
		createEReference(participantEClass, PARTICIPANT__ENROLMENTS);

		enrolmentEClass = createEClass(ENROLMENT);
		createEAttribute(enrolmentEClass, ENROLMENT__SESSION_ID);
		createEAttribute(enrolmentEClass, ENROLMENT__ATTENDED);
		createEAttribute(enrolmentEClass, ENROLMENT__PRE_SCORE);
		createEAttribute(enrolmentEClass, ENROLMENT__POST_SCORE);
		createEAttribute(enrolmentEClass, ENROLMENT__COMPLETED_ON);

		trainingTargetEClass = createEClass(TRAINING_TARGET);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__PROGRAMME_ID);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__COUNTRY);
		createEAttribute(trainingTargetEClass, TRAINING_TARGET__OFFICIALS);

		// Create enums
		programmeStatusEEnum = createEEnum(PROGRAMME_STATUS);
		deliveryEEnum = createEEnum(DELIVERY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		EnlacePackage theEnlacePackage = (EnlacePackage)EPackage.Registry.INSTANCE.getEPackage(EnlacePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		trainingProgrammeEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		trainingSessionEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		participantEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		trainingTargetEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(trainingProgrammeEClass, TrainingProgramme.class, "TrainingProgramme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingProgramme_Code(), ecorePackage.getEString(), "code", null, 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProgramme_Title(), ecorePackage.getEString(), "title", null, 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProgramme_VersionLabel(), ecorePackage.getEString(), "versionLabel", null, 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProgramme_VersionDate(), theEnlacePackage.getLocalDate(), "versionDate", null, 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProgramme_Status(), this.getProgrammeStatus(), "status", null, 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProgramme_ApprovedOn(), theEnlacePackage.getLocalDate(), "approvedOn", null, 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProgramme_WindowMonths(), ecorePackage.getEInt(), "windowMonths", "6", 0, 1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingProgramme_Modules(), this.getTrainingModule(), null, "modules", null, 0, -1, TrainingProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingModuleEClass, TrainingModule.class, "TrainingModule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingModule_Code(), ecorePackage.getEString(), "code", null, 0, 1, TrainingModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingModule_Title(), ecorePackage.getEString(), "title", null, 0, 1, TrainingModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingModule_Hours(), ecorePackage.getEIntegerObject(), "hours", null, 0, 1, TrainingModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingModule_VictimIdentification(), ecorePackage.getEBoolean(), "victimIdentification", null, 0, 1, TrainingModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSessionEClass, TrainingSession.class, "TrainingSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSession_ProgrammeId(), ecorePackage.getEString(), "programmeId", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_ModuleCodes(), ecorePackage.getEString(), "moduleCodes", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Title(), ecorePackage.getEString(), "title", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_StartDate(), theEnlacePackage.getLocalDate(), "startDate", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_EndDate(), theEnlacePackage.getLocalDate(), "endDate", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Place(), ecorePackage.getEString(), "place", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Country(), ecorePackage.getEString(), "country", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Delivery(), this.getDelivery(), "delivery", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Trainers(), ecorePackage.getEString(), "trainers", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Organisers(), ecorePackage.getEString(), "organisers", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(participantEClass, Participant.class, "Participant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParticipant_FullName(), ecorePackage.getEString(), "fullName", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Sex(), theEnlacePackage.getSex(), "sex", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Country(), ecorePackage.getEString(), "country", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Institution(), ecorePackage.getEString(), "institution", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Position(), ecorePackage.getEString(), "position", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_Enrolments(), this.getEnrolment(), null, "enrolments", null, 0, -1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enrolmentEClass, Enrolment.class, "Enrolment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnrolment_SessionId(), ecorePackage.getEString(), "sessionId", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_Attended(), ecorePackage.getEBoolean(), "attended", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_PreScore(), ecorePackage.getEIntegerObject(), "preScore", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_PostScore(), ecorePackage.getEIntegerObject(), "postScore", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_CompletedOn(), theEnlacePackage.getLocalDate(), "completedOn", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingTargetEClass, TrainingTarget.class, "TrainingTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingTarget_ProgrammeId(), ecorePackage.getEString(), "programmeId", null, 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingTarget_Country(), ecorePackage.getEString(), "country", null, 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingTarget_Officials(), ecorePackage.getEInt(), "officials", null, 0, 1, TrainingTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(programmeStatusEEnum, ProgrammeStatus.class, "ProgrammeStatus");
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.DRAFT);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.APPROVED);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.SUPERSEDED);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.WITHDRAWN);

		initEEnum(deliveryEEnum, Delivery.class, "Delivery");
		addEEnumLiteral(deliveryEEnum, Delivery.IN_PERSON);
		addEEnumLiteral(deliveryEEnum, Delivery.VIRTUAL);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
		// http://crm-enlace.org/exchange
		createExchangeAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/store/index</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createIndexAnnotations() {
		String source = "http://crm-enlace.org/store/index";
		addAnnotation
		  (getTrainingProgramme_Code(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getTrainingSession_ProgrammeId(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getTrainingSession_Country(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getParticipant_Country(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getTrainingTarget_ProgrammeId(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getTrainingTarget_Country(),
		   source,
		   new String[] {
		   });
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/exchange</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExchangeAnnotations() {
		String source = "http://crm-enlace.org/exchange";
		addAnnotation
		  (getTrainingSession_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getParticipant_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
		addAnnotation
		  (getTrainingTarget_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
	}

} //TrainingPackageImpl
