/**
 */
package org.crm.enlace.cotravel.model.impl;

import org.crm.enlace.cotravel.model.*;

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
public class CoTravelFactoryImpl extends EFactoryImpl implements CoTravelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoTravelFactory init() {
		try {
			CoTravelFactory theCoTravelFactory = (CoTravelFactory)EPackage.Registry.INSTANCE.getEFactory(CoTravelPackage.eNS_URI);
			if (theCoTravelFactory != null) {
				return theCoTravelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoTravelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoTravelFactoryImpl() {
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
			case CoTravelPackage.CO_TRAVEL_ALERT: return createCoTravelAlert();
			case CoTravelPackage.TRAVELLING_ADULT: return createTravellingAdult();
			case CoTravelPackage.TRAVELLING_CHILD: return createTravellingChild();
			case CoTravelPackage.CLAIMED_RELATIONSHIP: return createClaimedRelationship();
			case CoTravelPackage.EVIDENCE: return createEvidence();
			case CoTravelPackage.FOLLOW_UP_ACTION: return createFollowUpAction();
			case CoTravelPackage.LINK_DECISION: return createLinkDecision();
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
			case CoTravelPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case CoTravelPackage.TRAVEL_MODE:
				return createTravelModeFromString(eDataType, initialValue);
			case CoTravelPackage.ADULT_ROLE:
				return createAdultRoleFromString(eDataType, initialValue);
			case CoTravelPackage.RELATIONSHIP:
				return createRelationshipFromString(eDataType, initialValue);
			case CoTravelPackage.EVIDENCE_KIND:
				return createEvidenceKindFromString(eDataType, initialValue);
			case CoTravelPackage.VERIFICATION_RESULT:
				return createVerificationResultFromString(eDataType, initialValue);
			case CoTravelPackage.OUTCOME:
				return createOutcomeFromString(eDataType, initialValue);
			case CoTravelPackage.FOLLOW_UP_STATUS:
				return createFollowUpStatusFromString(eDataType, initialValue);
			case CoTravelPackage.LINK_VERDICT:
				return createLinkVerdictFromString(eDataType, initialValue);
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
			case CoTravelPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case CoTravelPackage.TRAVEL_MODE:
				return convertTravelModeToString(eDataType, instanceValue);
			case CoTravelPackage.ADULT_ROLE:
				return convertAdultRoleToString(eDataType, instanceValue);
			case CoTravelPackage.RELATIONSHIP:
				return convertRelationshipToString(eDataType, instanceValue);
			case CoTravelPackage.EVIDENCE_KIND:
				return convertEvidenceKindToString(eDataType, instanceValue);
			case CoTravelPackage.VERIFICATION_RESULT:
				return convertVerificationResultToString(eDataType, instanceValue);
			case CoTravelPackage.OUTCOME:
				return convertOutcomeToString(eDataType, instanceValue);
			case CoTravelPackage.FOLLOW_UP_STATUS:
				return convertFollowUpStatusToString(eDataType, instanceValue);
			case CoTravelPackage.LINK_VERDICT:
				return convertLinkVerdictToString(eDataType, instanceValue);
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
	public CoTravelAlert createCoTravelAlert() {
		CoTravelAlertImpl coTravelAlert = new CoTravelAlertImpl();
		return coTravelAlert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravellingAdult createTravellingAdult() {
		TravellingAdultImpl travellingAdult = new TravellingAdultImpl();
		return travellingAdult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravellingChild createTravellingChild() {
		TravellingChildImpl travellingChild = new TravellingChildImpl();
		return travellingChild;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimedRelationship createClaimedRelationship() {
		ClaimedRelationshipImpl claimedRelationship = new ClaimedRelationshipImpl();
		return claimedRelationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUpAction createFollowUpAction() {
		FollowUpActionImpl followUpAction = new FollowUpActionImpl();
		return followUpAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkDecision createLinkDecision() {
		LinkDecisionImpl linkDecision = new LinkDecisionImpl();
		return linkDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TravelMode createTravelModeFromString(EDataType eDataType, String initialValue) {
		TravelMode result = TravelMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTravelModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdultRole createAdultRoleFromString(EDataType eDataType, String initialValue) {
		AdultRole result = AdultRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdultRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Relationship createRelationshipFromString(EDataType eDataType, String initialValue) {
		Relationship result = Relationship.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceKind createEvidenceKindFromString(EDataType eDataType, String initialValue) {
		EvidenceKind result = EvidenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VerificationResult createVerificationResultFromString(EDataType eDataType, String initialValue) {
		VerificationResult result = VerificationResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerificationResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Outcome createOutcomeFromString(EDataType eDataType, String initialValue) {
		Outcome result = Outcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FollowUpStatus createFollowUpStatusFromString(EDataType eDataType, String initialValue) {
		FollowUpStatus result = FollowUpStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFollowUpStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkVerdict createLinkVerdictFromString(EDataType eDataType, String initialValue) {
		LinkVerdict result = LinkVerdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoTravelPackage getCoTravelPackage() {
		return (CoTravelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoTravelPackage getPackage() {
		return CoTravelPackage.eINSTANCE;
	}

} //CoTravelFactoryImpl
