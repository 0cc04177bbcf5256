/**
 */
package org.crm.enlace.entry.model.impl;

import org.crm.enlace.entry.model.*;

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
public class EntryFactoryImpl extends EFactoryImpl implements EntryFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EntryFactory init() {
		try {
			EntryFactory theEntryFactory = (EntryFactory)EPackage.Registry.INSTANCE.getEFactory(EntryPackage.eNS_URI);
			if (theEntryFactory != null) {
				return theEntryFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EntryFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EntryFactoryImpl() {
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
			case EntryPackage.ENTRY_RULE: return createEntryRule();
			case EntryPackage.ENTRY_EXCEPTION: return createEntryException();
			case EntryPackage.CONFIRMATION_REQUEST: return createConfirmationRequest();
			case EntryPackage.CONFIRMATION_ANSWER: return createConfirmationAnswer();
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
			case EntryPackage.REQUIREMENT:
				return createRequirementFromString(eDataType, initialValue);
			case EntryPackage.CONFIRMATION_STATUS:
				return createConfirmationStatusFromString(eDataType, initialValue);
			case EntryPackage.CONFIRMING_PARTY:
				return createConfirmingPartyFromString(eDataType, initialValue);
			case EntryPackage.EXCEPTION_KIND:
				return createExceptionKindFromString(eDataType, initialValue);
			case EntryPackage.ANSWER_OUTCOME:
				return createAnswerOutcomeFromString(eDataType, initialValue);
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
			case EntryPackage.REQUIREMENT:
				return convertRequirementToString(eDataType, instanceValue);
			case EntryPackage.CONFIRMATION_STATUS:
				return convertConfirmationStatusToString(eDataType, instanceValue);
			case EntryPackage.CONFIRMING_PARTY:
				return convertConfirmingPartyToString(eDataType, instanceValue);
			case EntryPackage.EXCEPTION_KIND:
				return convertExceptionKindToString(eDataType, instanceValue);
			case EntryPackage.ANSWER_OUTCOME:
				return convertAnswerOutcomeToString(eDataType, instanceValue);
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
	public EntryRule createEntryRule() {
		EntryRuleImpl entryRule = new EntryRuleImpl();
		return entryRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryException createEntryException() {
		EntryExceptionImpl entryException = new EntryExceptionImpl();
		return entryException;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfirmationRequest createConfirmationRequest() {
		ConfirmationRequestImpl confirmationRequest = new ConfirmationRequestImpl();
		return confirmationRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfirmationAnswer createConfirmationAnswer() {
		ConfirmationAnswerImpl confirmationAnswer = new ConfirmationAnswerImpl();
		return confirmationAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Requirement createRequirementFromString(EDataType eDataType, String initialValue) {
		Requirement result = Requirement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRequirementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConfirmationStatus createConfirmationStatusFromString(EDataType eDataType, String initialValue) {
		ConfirmationStatus result = ConfirmationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfirmationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConfirmingParty createConfirmingPartyFromString(EDataType eDataType, String initialValue) {
		ConfirmingParty result = ConfirmingParty.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfirmingPartyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExceptionKind createExceptionKindFromString(EDataType eDataType, String initialValue) {
		ExceptionKind result = ExceptionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExceptionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnswerOutcome createAnswerOutcomeFromString(EDataType eDataType, String initialValue) {
		AnswerOutcome result = AnswerOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnswerOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryPackage getEntryPackage() {
		return (EntryPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EntryPackage getPackage() {
		return EntryPackage.eINSTANCE;
	}

} //EntryFactoryImpl
