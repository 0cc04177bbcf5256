/**
 */
package org.crm.enlace.cotravel.model.impl;

import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.ClaimedRelationship;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelFactory;
import org.crm.enlace.cotravel.model.CoTravelPackage;
import org.crm.enlace.cotravel.model.Direction;
import org.crm.enlace.cotravel.model.Evidence;
import org.crm.enlace.cotravel.model.EvidenceKind;
import org.crm.enlace.cotravel.model.FollowUpAction;
import org.crm.enlace.cotravel.model.FollowUpStatus;
import org.crm.enlace.cotravel.model.LinkDecision;
import org.crm.enlace.cotravel.model.LinkVerdict;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.model.Relationship;
import org.crm.enlace.cotravel.model.TravelMode;
import org.crm.enlace.cotravel.model.TravellingAdult;
import org.crm.enlace.cotravel.model.TravellingChild;
import org.crm.enlace.cotravel.model.VerificationResult;

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
public class CoTravelPackageImpl extends EPackageImpl implements CoTravelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coTravelAlertEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass travellingAdultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass travellingChildEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass claimedRelationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass followUpActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum travelModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adultRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verificationResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum followUpStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkVerdictEEnum = null;

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
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CoTravelPackageImpl() {
		super(eNS_URI, CoTravelFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CoTravelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CoTravelPackage init() {
		if (isInited) return (CoTravelPackage)EPackage.Registry.INSTANCE.getEPackage(CoTravelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCoTravelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CoTravelPackageImpl theCoTravelPackage = registeredCoTravelPackage instanceof CoTravelPackageImpl ? (CoTravelPackageImpl)registeredCoTravelPackage : new CoTravelPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCoTravelPackage.createPackageContents();

		// Initialize created meta-data
		theCoTravelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCoTravelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CoTravelPackage.eNS_URI, theCoTravelPackage);
		return theCoTravelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoTravelAlert() {
		return coTravelAlertEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Date() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Time() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Country() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_CrossingId() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_AirportCode() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_PlaceName() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Direction() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Mode() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Carrier() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_FlightOrRoute() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoTravelAlert_Adults() {
		return (EReference)coTravelAlertEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoTravelAlert_Children() {
		return (EReference)coTravelAlertEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoTravelAlert_Relationships() {
		return (EReference)coTravelAlertEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoTravelAlert_Evidence() {
		return (EReference)coTravelAlertEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Indicators() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Observations() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoTravelAlert_Outcome() {
		return (EAttribute)coTravelAlertEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoTravelAlert_FollowUps() {
		return (EReference)coTravelAlertEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTravellingAdult() {
		return travellingAdultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTravellingAdult_Person() {
		return (EReference)travellingAdultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTravellingAdult_Role() {
		return (EAttribute)travellingAdultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTravellingChild() {
		return travellingChildEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTravellingChild_Person() {
		return (EReference)travellingChildEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTravellingChild_AgeAtTime() {
		return (EAttribute)travellingChildEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClaimedRelationship() {
		return claimedRelationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClaimedRelationship_Child() {
		return (EReference)claimedRelationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClaimedRelationship_Adult() {
		return (EReference)claimedRelationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaimedRelationship_Relationship() {
		return (EAttribute)claimedRelationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Kind() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Result() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Child() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Note() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFollowUpAction() {
		return followUpActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpAction_Date() {
		return (EAttribute)followUpActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpAction_Action() {
		return (EAttribute)followUpActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpAction_By() {
		return (EAttribute)followUpActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpAction_Status() {
		return (EAttribute)followUpActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinkDecision() {
		return linkDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkDecision_PersonA() {
		return (EAttribute)linkDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkDecision_PersonB() {
		return (EAttribute)linkDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkDecision_Decision() {
		return (EAttribute)linkDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkDecision_Note() {
		return (EAttribute)linkDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTravelMode() {
		return travelModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdultRole() {
		return adultRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationship() {
		return relationshipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerificationResult() {
		return verificationResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutcome() {
		return outcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFollowUpStatus() {
		return followUpStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkVerdict() {
		return linkVerdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoTravelFactory getCoTravelFactory() {
		return (CoTravelFactory)getEFactoryInstance();
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
		coTravelAlertEClass = createEClass(CO_TRAVEL_ALERT);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__DATE);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__TIME);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__COUNTRY);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__CROSSING_ID);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__AIRPORT_CODE);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__PLACE_NAME);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__DIRECTION);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__MODE);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__CARRIER);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE);
		createEReference(coTravelAlertEClass, CO_TRAVEL_ALERT__ADULTS);
		createEReference(coTravelAlertEClass, CO_TRAVEL_ALERT__CHILDREN);
		createEReference(coTravelAlertEClass, CO_TRAVEL_ALERT__RELATIONSHIPS);
		createEReference(coTravelAlertEClass, CO_TRAVEL_ALERT__EVIDENCE);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__INDICATORS);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__OBSERVATIONS);
		createEAttribute(coTravelAlertEClass, CO_TRAVEL_ALERT__OUTCOME);
		createEReference(coTravelAlertEClass, CO_TRAVEL_ALERT__FOLLOW_UPS);

		travellingAdultEClass = createEClass(TRAVELLING_ADULT);
		createEReference(travellingAdultEClass, TRAVELLING_ADULT__PERSON);
		createEAttribute(travellingAdultEClass, TRAVELLING_ADULT__ROLE);

		travellingChildEClass = createEClass(TRAVELLING_CHILD);
		createEReference(travellingChildEClass, TRAVELLING_CHILD__PERSON);
		createEAttribute(travellingChildEClass, TRAVELLING_CHILD__AGE_AT_TIME);

		claimedRelationshipEClass = createEClass(CLAIMED_RELATIONSHIP);
		createEReference(claimedRelationshipEClass, CLAIMED_RELATIONSHIP__CHILD);
		createEReference(claimedRelationshipEClass, CLAIMED_RELATIONSHIP__ADULT);
		createEAttribute(claimedRelationshipEClass, CLAIMED_RELATIONSHIP__RELATIONSHIP);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__KIND);
		createEAttribute(evidenceEClass, EVIDENCE__RESULT);
		createEReference(evidenceEClass, EVIDENCE__CHILD);
		createEAttribute(evidenceEClass, EVIDENCE__NOTE);

		followUpActionEClass = createEClass(FOLLOW_UP_ACTION);
		createEAttribute(followUpActionEClass, FOLLOW_UP_ACTION__DATE);
		createEAttribute(followUpActionEClass, FOLLOW_UP_ACTION__ACTION);
		createEAttribute(followUpActionEClass, FOLLOW_UP_ACTION__BY);
		createEAttribute(followUpActionEClass, FOLLOW_UP_ACTION__STATUS);

		linkDecisionEClass = createEClass(LINK_DECISION);
		createEAttribute(linkDecisionEClass, LINK_DECISION__PERSON_A);
		createEAttribute(linkDecisionEClass, LINK_DECISION__PERSON_B);
		createEAttribute(linkDecisionEClass, LINK_DECISION__DECISION);
		createEAttribute(linkDecisionEClass, LINK_DECISION__NOTE);

		// Create enums
		directionEEnum = createEEnum(DIRECTION);
		travelModeEEnum = createEEnum(TRAVEL_MODE);
		adultRoleEEnum = createEEnum(ADULT_ROLE);
		relationshipEEnum = createEEnum(RELATIONSHIP);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		verificationResultEEnum = createEEnum(VERIFICATION_RESULT);
		outcomeEEnum = createEEnum(OUTCOME);
		followUpStatusEEnum = createEEnum(FOLLOW_UP_STATUS);
		linkVerdictEEnum = createEEnum(LINK_VERDICT);
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
		coTravelAlertEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		linkDecisionEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(coTravelAlertEClass, CoTravelAlert.class, "CoTravelAlert", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoTravelAlert_Date(), theEnlacePackage.getLocalDate(), "date", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Time(), ecorePackage.getEString(), "time", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Country(), ecorePackage.getEString(), "country", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_CrossingId(), ecorePackage.getEString(), "crossingId", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_AirportCode(), ecorePackage.getEString(), "airportCode", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_PlaceName(), ecorePackage.getEString(), "placeName", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Direction(), this.getDirection(), "direction", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Mode(), this.getTravelMode(), "mode", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Carrier(), ecorePackage.getEString(), "carrier", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_FlightOrRoute(), ecorePackage.getEString(), "flightOrRoute", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoTravelAlert_Adults(), this.getTravellingAdult(), null, "adults", null, 0, -1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoTravelAlert_Children(), this.getTravellingChild(), null, "children", null, 0, -1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoTravelAlert_Relationships(), this.getClaimedRelationship(), null, "relationships", null, 0, -1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoTravelAlert_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Indicators(), ecorePackage.getEString(), "indicators", null, 0, -1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Observations(), ecorePackage.getEString(), "observations", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoTravelAlert_Outcome(), this.getOutcome(), "outcome", null, 0, 1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoTravelAlert_FollowUps(), this.getFollowUpAction(), null, "followUps", null, 0, -1, CoTravelAlert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(travellingAdultEClass, TravellingAdult.class, "TravellingAdult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTravellingAdult_Person(), theEnlacePackage.getPerson(), null, "person", null, 1, 1, TravellingAdult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTravellingAdult_Role(), this.getAdultRole(), "role", null, 0, 1, TravellingAdult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(travellingChildEClass, TravellingChild.class, "TravellingChild", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTravellingChild_Person(), theEnlacePackage.getPerson(), null, "person", null, 1, 1, TravellingChild.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTravellingChild_AgeAtTime(), ecorePackage.getEIntegerObject(), "ageAtTime", null, 0, 1, TravellingChild.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(claimedRelationshipEClass, ClaimedRelationship.class, "ClaimedRelationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClaimedRelationship_Child(), this.getTravellingChild(), null, "child", null, 1, 1, ClaimedRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClaimedRelationship_Adult(), this.getTravellingAdult(), null, "adult", null, 1, 1, ClaimedRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClaimedRelationship_Relationship(), this.getRelationship(), "relationship", "UNKNOWN", 0, 1, ClaimedRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Kind(), this.getEvidenceKind(), "kind", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Result(), this.getVerificationResult(), "result", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidence_Child(), this.getTravellingChild(), null, "child", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Note(), ecorePackage.getEString(), "note", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(followUpActionEClass, FollowUpAction.class, "FollowUpAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFollowUpAction_Date(), theEnlacePackage.getLocalDate(), "date", null, 0, 1, FollowUpAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUpAction_Action(), ecorePackage.getEString(), "action", null, 0, 1, FollowUpAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUpAction_By(), ecorePackage.getEString(), "by", null, 0, 1, FollowUpAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUpAction_Status(), this.getFollowUpStatus(), "status", null, 0, 1, FollowUpAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkDecisionEClass, LinkDecision.class, "LinkDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLinkDecision_PersonA(), ecorePackage.getEString(), "personA", null, 0, 1, LinkDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkDecision_PersonB(), ecorePackage.getEString(), "personB", null, 0, 1, LinkDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkDecision_Decision(), this.getLinkVerdict(), "decision", null, 0, 1, LinkDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkDecision_Note(), ecorePackage.getEString(), "note", null, 0, 1, LinkDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.ENTRY);
		addEEnumLiteral(directionEEnum, Direction.EXIT);
		addEEnumLiteral(directionEEnum, Direction.TRANSIT);

		initEEnum(travelModeEEnum, TravelMode.class, "TravelMode");
		addEEnumLiteral(travelModeEEnum, TravelMode.AIR);
		addEEnumLiteral(travelModeEEnum, TravelMode.LAND);
		addEEnumLiteral(travelModeEEnum, TravelMode.SEA);
		addEEnumLiteral(travelModeEEnum, TravelMode.RIVER);

		initEEnum(adultRoleEEnum, AdultRole.class, "AdultRole");
		addEEnumLiteral(adultRoleEEnum, AdultRole.ACCOMPANYING_ADULT);
		addEEnumLiteral(adultRoleEEnum, AdultRole.DRIVER);
		addEEnumLiteral(adultRoleEEnum, AdultRole.ESCORT);
		addEEnumLiteral(adultRoleEEnum, AdultRole.OTHER);

		initEEnum(relationshipEEnum, Relationship.class, "Relationship");
		addEEnumLiteral(relationshipEEnum, Relationship.PARENT);
		addEEnumLiteral(relationshipEEnum, Relationship.GRANDPARENT);
		addEEnumLiteral(relationshipEEnum, Relationship.SIBLING);
		addEEnumLiteral(relationshipEEnum, Relationship.OTHER_RELATIVE);
		addEEnumLiteral(relationshipEEnum, Relationship.LEGAL_GUARDIAN);
		addEEnumLiteral(relationshipEEnum, Relationship.NONE_CLAIMED);
		addEEnumLiteral(relationshipEEnum, Relationship.UNKNOWN);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind");
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.BIRTH_CERTIFICATE);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.NOTARIZED_CONSENT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.FORMATO_SAM);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.EXIT_PERMIT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.JUDICIAL_AUTHORIZATION);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OTHER);

		initEEnum(verificationResultEEnum, VerificationResult.class, "VerificationResult");
		addEEnumLiteral(verificationResultEEnum, VerificationResult.VERIFIED);
		addEEnumLiteral(verificationResultEEnum, VerificationResult.COULD_NOT_BE_VERIFIED);
		addEEnumLiteral(verificationResultEEnum, VerificationResult.FOUND_FALSE);
		addEEnumLiteral(verificationResultEEnum, VerificationResult.NOT_PRESENTED);

		initEEnum(outcomeEEnum, Outcome.class, "Outcome");
		addEEnumLiteral(outcomeEEnum, Outcome.ALLOWED);
		addEEnumLiteral(outcomeEEnum, Outcome.REFERRED_TO_CHILD_PROTECTION);
		addEEnumLiteral(outcomeEEnum, Outcome.DENIED);
		addEEnumLiteral(outcomeEEnum, Outcome.UNDER_FOLLOW_UP);

		initEEnum(followUpStatusEEnum, FollowUpStatus.class, "FollowUpStatus");
		addEEnumLiteral(followUpStatusEEnum, FollowUpStatus.PLANNED);
		addEEnumLiteral(followUpStatusEEnum, FollowUpStatus.IN_PROGRESS);
		addEEnumLiteral(followUpStatusEEnum, FollowUpStatus.DONE);
		addEEnumLiteral(followUpStatusEEnum, FollowUpStatus.CANCELLED);

		initEEnum(linkVerdictEEnum, LinkVerdict.class, "LinkVerdict");
		addEEnumLiteral(linkVerdictEEnum, LinkVerdict.CONFIRMED);
		addEEnumLiteral(linkVerdictEEnum, LinkVerdict.REJECTED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/exchange
		createExchangeAnnotations();
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
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
		  (getCoTravelAlert_Country(),
		   source,
		   new String[] {
			   "format", "alpha-3"
		   });
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
		  (getCoTravelAlert_Country(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getCoTravelAlert_CrossingId(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getCoTravelAlert_AirportCode(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getCoTravelAlert_Outcome(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getLinkDecision_PersonA(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getLinkDecision_PersonB(),
		   source,
		   new String[] {
		   });
	}

} //CoTravelPackageImpl
