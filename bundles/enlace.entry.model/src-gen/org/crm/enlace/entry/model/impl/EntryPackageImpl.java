/**
 */
package org.crm.enlace.entry.model.impl;

import org.crm.enlace.entry.model.AnswerOutcome;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryException;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.ExceptionKind;
import org.crm.enlace.entry.model.Requirement;

import org.crm.enlace.model.EnlacePackage;

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
public class EntryPackageImpl extends EPackageImpl implements EntryPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entryRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entryExceptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass confirmationRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass confirmationAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum requirementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confirmationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confirmingPartyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum exceptionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum answerOutcomeEEnum = null;

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
	 * @see org.crm.enlace.entry.model.EntryPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EntryPackageImpl() {
		super(eNS_URI, EntryFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link EntryPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EntryPackage init() {
		if (isInited) return (EntryPackage)EPackage.Registry.INSTANCE.getEPackage(EntryPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEntryPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EntryPackageImpl theEntryPackage = registeredEntryPackage instanceof EntryPackageImpl ? (EntryPackageImpl)registeredEntryPackage : new EntryPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEntryPackage.createPackageContents();

		// Initialize created meta-data
		theEntryPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEntryPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EntryPackage.eNS_URI, theEntryPackage);
		return theEntryPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntryRule() {
		return entryRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_Destination() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_Nationality() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_Requirement() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_MaxStayDays() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntryRule_Exceptions() {
		return (EReference)entryRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_Minors() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_LegalBasis() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_Source() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_SourceValue() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_Note() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_EffectiveFrom() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_EffectiveTo() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_ConfirmationStatus() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_ConfirmedOn() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_ConfirmedBy() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryRule_ConfirmingParty() {
		return (EAttribute)entryRuleEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntryException() {
		return entryExceptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryException_Kind() {
		return (EAttribute)entryExceptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryException_Requirement() {
		return (EAttribute)entryExceptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntryException_Description() {
		return (EAttribute)entryExceptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfirmationRequest() {
		return confirmationRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_RuleId() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_RuleVersion() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_Destination() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_Nationality() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_RequestedOn() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_Reference() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_ReferenceDate() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_Instruction() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_CorrectedRequirement() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationRequest_CorrectedMaxStayDays() {
		return (EAttribute)confirmationRequestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfirmationAnswer() {
		return confirmationAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationAnswer_RequestId() {
		return (EAttribute)confirmationAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationAnswer_RuleId() {
		return (EAttribute)confirmationAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationAnswer_Outcome() {
		return (EAttribute)confirmationAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationAnswer_AnsweredOn() {
		return (EAttribute)confirmationAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfirmationAnswer_Reason() {
		return (EAttribute)confirmationAnswerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRequirement() {
		return requirementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfirmationStatus() {
		return confirmationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfirmingParty() {
		return confirmingPartyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExceptionKind() {
		return exceptionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnswerOutcome() {
		return answerOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryFactory getEntryFactory() {
		return (EntryFactory)getEFactoryInstance();
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
		entryRuleEClass = createEClass(ENTRY_RULE);
		createEAttribute(entryRuleEClass, ENTRY_RULE__DESTINATION);
		createEAttribute(entryRuleEClass, ENTRY_RULE__NATIONALITY);
		createEAttribute(entryRuleEClass, ENTRY_RULE__REQUIREMENT);
		createEAttribute(entryRuleEClass, ENTRY_RULE__MAX_STAY_DAYS);
		createEReference(entryRuleEClass, ENTRY_RULE__EXCEPTIONS);
		createEAttribute(entryRuleEClass, ENTRY_RULE__MINORS);
		createEAttribute(entryRuleEClass, ENTRY_RULE__LEGAL_BASIS);
		createEAttribute(entryRuleEClass, ENTRY_RULE__SOURCE);
		createEAttribute(entryRuleEClass, ENTRY_RULE__SOURCE_VALUE);
		createEAttribute(entryRuleEClass, ENTRY_RULE__NOTE);
		createEAttribute(entryRuleEClass, ENTRY_RULE__EFFECTIVE_FROM);
		createEAttribute(entryRuleEClass, ENTRY_RULE__EFFECTIVE_TO);
		createEAttribute(entryRuleEClass, ENTRY_RULE__CONFIRMATION_STATUS);
		createEAttribute(entryRuleEClass, ENTRY_RULE__CONFIRMED_ON);
		createEAttribute(entryRuleEClass, ENTRY_RULE__CONFIRMED_BY);
		createEAttribute(entryRuleEClass, ENTRY_RULE__CONFIRMING_PARTY);

		entryExceptionEClass = createEClass(ENTRY_EXCEPTION);
		createEAttribute(entryExceptionEClass, ENTRY_EXCEPTION__KIND);
		createEAttribute(entryExceptionEClass, ENTRY_EXCEPTION__REQUIREMENT);
		createEAttribute(entryExceptionEClass, ENTRY_EXCEPTION__DESCRIPTION);

		confirmationRequestEClass = createEClass(CONFIRMATION_REQUEST);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__RULE_ID);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__RULE_VERSION);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__DESTINATION);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__NATIONALITY);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__REQUESTED_ON);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__REFERENCE);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__REFERENCE_DATE);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__INSTRUCTION);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT);
		createEAttribute(confirmationRequestEClass, CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS);

		confirmationAnswerEClass = createEClass(CONFIRMATION_ANSWER);
		createEAttribute(confirmationAnswerEClass, CONFIRMATION_ANSWER__REQUEST_ID);
		createEAttribute(confirmationAnswerEClass, CONFIRMATION_ANSWER__RULE_ID);
		createEAttribute(confirmationAnswerEClass, CONFIRMATION_ANSWER__OUTCOME);
		createEAttribute(confirmationAnswerEClass, CONFIRMATION_ANSWER__ANSWERED_ON);
		createEAttribute(confirmationAnswerEClass, CONFIRMATION_ANSWER__REASON);

		// Create enums
		requirementEEnum = createEEnum(REQUIREMENT);
		confirmationStatusEEnum = createEEnum(CONFIRMATION_STATUS);
		confirmingPartyEEnum = createEEnum(CONFIRMING_PARTY);
		exceptionKindEEnum = createEEnum(EXCEPTION_KIND);
		answerOutcomeEEnum = createEEnum(ANSWER_OUTCOME);
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
		entryRuleEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		confirmationRequestEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		confirmationAnswerEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(entryRuleEClass, EntryRule.class, "EntryRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEntryRule_Destination(), ecorePackage.getEString(), "destination", null, 1, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_Nationality(), ecorePackage.getEString(), "nationality", null, 1, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_Requirement(), this.getRequirement(), "requirement", null, 1, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_MaxStayDays(), ecorePackage.getEIntegerObject(), "maxStayDays", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntryRule_Exceptions(), this.getEntryException(), null, "exceptions", null, 0, -1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_Minors(), ecorePackage.getEString(), "minors", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_LegalBasis(), ecorePackage.getEString(), "legalBasis", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_Source(), ecorePackage.getEString(), "source", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_SourceValue(), ecorePackage.getEString(), "sourceValue", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_Note(), ecorePackage.getEString(), "note", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_EffectiveFrom(), theEnlacePackage.getLocalDate(), "effectiveFrom", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_EffectiveTo(), theEnlacePackage.getLocalDate(), "effectiveTo", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_ConfirmationStatus(), this.getConfirmationStatus(), "confirmationStatus", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_ConfirmedOn(), theEnlacePackage.getLocalDate(), "confirmedOn", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_ConfirmedBy(), ecorePackage.getEString(), "confirmedBy", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryRule_ConfirmingParty(), this.getConfirmingParty(), "confirmingParty", null, 0, 1, EntryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(entryExceptionEClass, EntryException.class, "EntryException", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEntryException_Kind(), this.getExceptionKind(), "kind", null, 1, 1, EntryException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryException_Requirement(), this.getRequirement(), "requirement", null, 0, 1, EntryException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntryException_Description(), ecorePackage.getEString(), "description", null, 0, 1, EntryException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(confirmationRequestEClass, ConfirmationRequest.class, "ConfirmationRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfirmationRequest_RuleId(), ecorePackage.getEString(), "ruleId", null, 1, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_RuleVersion(), ecorePackage.getEInt(), "ruleVersion", null, 1, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_Destination(), ecorePackage.getEString(), "destination", null, 1, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_Nationality(), ecorePackage.getEString(), "nationality", null, 1, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_RequestedOn(), theEnlacePackage.getLocalDate(), "requestedOn", null, 1, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_Reference(), ecorePackage.getEString(), "reference", null, 1, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_ReferenceDate(), theEnlacePackage.getLocalDate(), "referenceDate", null, 0, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_Instruction(), ecorePackage.getEString(), "instruction", null, 0, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_CorrectedRequirement(), this.getRequirement(), "correctedRequirement", null, 0, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationRequest_CorrectedMaxStayDays(), ecorePackage.getEIntegerObject(), "correctedMaxStayDays", null, 0, 1, ConfirmationRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(confirmationAnswerEClass, ConfirmationAnswer.class, "ConfirmationAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfirmationAnswer_RequestId(), ecorePackage.getEString(), "requestId", null, 1, 1, ConfirmationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationAnswer_RuleId(), ecorePackage.getEString(), "ruleId", null, 1, 1, ConfirmationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationAnswer_Outcome(), this.getAnswerOutcome(), "outcome", null, 1, 1, ConfirmationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationAnswer_AnsweredOn(), theEnlacePackage.getLocalDate(), "answeredOn", null, 1, 1, ConfirmationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfirmationAnswer_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, ConfirmationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(requirementEEnum, Requirement.class, "Requirement");
		addEEnumLiteral(requirementEEnum, Requirement.VISA_REQUIRED);
		addEEnumLiteral(requirementEEnum, Requirement.EVISA);
		addEEnumLiteral(requirementEEnum, Requirement.ETA);
		addEEnumLiteral(requirementEEnum, Requirement.VISA_ON_ARRIVAL);
		addEEnumLiteral(requirementEEnum, Requirement.VISA_FREE);
		addEEnumLiteral(requirementEEnum, Requirement.NATIONAL_ID);
		addEEnumLiteral(requirementEEnum, Requirement.NO_ADMISSION);
		addEEnumLiteral(requirementEEnum, Requirement.OWN_COUNTRY);

		initEEnum(confirmationStatusEEnum, ConfirmationStatus.class, "ConfirmationStatus");
		addEEnumLiteral(confirmationStatusEEnum, ConfirmationStatus.UNCONFIRMED);
		addEEnumLiteral(confirmationStatusEEnum, ConfirmationStatus.CONFIRMED);

		initEEnum(confirmingPartyEEnum, ConfirmingParty.class, "ConfirmingParty");
		addEEnumLiteral(confirmingPartyEEnum, ConfirmingParty.DESTINATION);
		addEEnumLiteral(confirmingPartyEEnum, ConfirmingParty.SECRETARIAT);

		initEEnum(exceptionKindEEnum, ExceptionKind.class, "ExceptionKind");
		addEEnumLiteral(exceptionKindEEnum, ExceptionKind.US_VISA_OR_RESIDENCE);
		addEEnumLiteral(exceptionKindEEnum, ExceptionKind.CANADIAN_VISA_OR_RESIDENCE);
		addEEnumLiteral(exceptionKindEEnum, ExceptionKind.SCHENGEN_VISA_OR_RESIDENCE);
		addEEnumLiteral(exceptionKindEEnum, ExceptionKind.TRANSIT);
		addEEnumLiteral(exceptionKindEEnum, ExceptionKind.DIPLOMATIC_OR_OFFICIAL_PASSPORT);
		addEEnumLiteral(exceptionKindEEnum, ExceptionKind.OTHER);

		initEEnum(answerOutcomeEEnum, AnswerOutcome.class, "AnswerOutcome");
		addEEnumLiteral(answerOutcomeEEnum, AnswerOutcome.APPLIED);
		addEEnumLiteral(answerOutcomeEEnum, AnswerOutcome.REJECTED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
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
		  (getEntryRule_Destination(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getEntryRule_Nationality(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getEntryRule_Requirement(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getEntryRule_ConfirmationStatus(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getConfirmationRequest_RuleId(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getConfirmationRequest_Destination(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getConfirmationAnswer_RequestId(),
		   source,
		   new String[] {
		   });
	}

} //EntryPackageImpl
