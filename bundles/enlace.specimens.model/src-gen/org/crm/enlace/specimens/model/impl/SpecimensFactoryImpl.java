/**
 */
package org.crm.enlace.specimens.model.impl;

import org.crm.enlace.specimens.model.*;

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
public class SpecimensFactoryImpl extends EFactoryImpl implements SpecimensFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SpecimensFactory init() {
		try {
			SpecimensFactory theSpecimensFactory = (SpecimensFactory)EPackage.Registry.INSTANCE.getEFactory(SpecimensPackage.eNS_URI);
			if (theSpecimensFactory != null) {
				return theSpecimensFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SpecimensFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpecimensFactoryImpl() {
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
			case SpecimensPackage.DOCUMENT_SPECIMEN: return createDocumentSpecimen();
			case SpecimensPackage.HOLDER_AGE_VALIDITY: return createHolderAgeValidity();
			case SpecimensPackage.SPECIMEN_PAGE: return createSpecimenPage();
			case SpecimensPackage.PAGE_IMAGE: return createPageImage();
			case SpecimensPackage.CALLOUT: return createCallout();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT: return createFalseDocumentAlert();
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
			case SpecimensPackage.DOCUMENT_CATEGORY:
				return createDocumentCategoryFromString(eDataType, initialValue);
			case SpecimensPackage.DOCUMENT_TYPE:
				return createDocumentTypeFromString(eDataType, initialValue);
			case SpecimensPackage.DOCUMENT_FORMAT:
				return createDocumentFormatFromString(eDataType, initialValue);
			case SpecimensPackage.LIGHT:
				return createLightFromString(eDataType, initialValue);
			case SpecimensPackage.FALSE_DOCUMENT_KIND:
				return createFalseDocumentKindFromString(eDataType, initialValue);
			case SpecimensPackage.DETECTION_PLACE:
				return createDetectionPlaceFromString(eDataType, initialValue);
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
			case SpecimensPackage.DOCUMENT_CATEGORY:
				return convertDocumentCategoryToString(eDataType, instanceValue);
			case SpecimensPackage.DOCUMENT_TYPE:
				return convertDocumentTypeToString(eDataType, instanceValue);
			case SpecimensPackage.DOCUMENT_FORMAT:
				return convertDocumentFormatToString(eDataType, instanceValue);
			case SpecimensPackage.LIGHT:
				return convertLightToString(eDataType, instanceValue);
			case SpecimensPackage.FALSE_DOCUMENT_KIND:
				return convertFalseDocumentKindToString(eDataType, instanceValue);
			case SpecimensPackage.DETECTION_PLACE:
				return convertDetectionPlaceToString(eDataType, instanceValue);
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
	public DocumentSpecimen createDocumentSpecimen() {
		DocumentSpecimenImpl documentSpecimen = new DocumentSpecimenImpl();
		return documentSpecimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HolderAgeValidity createHolderAgeValidity() {
		HolderAgeValidityImpl holderAgeValidity = new HolderAgeValidityImpl();
		return holderAgeValidity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecimenPage createSpecimenPage() {
		SpecimenPageImpl specimenPage = new SpecimenPageImpl();
		return specimenPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PageImage createPageImage() {
		PageImageImpl pageImage = new PageImageImpl();
		return pageImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Callout createCallout() {
		CalloutImpl callout = new CalloutImpl();
		return callout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FalseDocumentAlert createFalseDocumentAlert() {
		FalseDocumentAlertImpl falseDocumentAlert = new FalseDocumentAlertImpl();
		return falseDocumentAlert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentCategory createDocumentCategoryFromString(EDataType eDataType, String initialValue) {
		DocumentCategory result = DocumentCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentType createDocumentTypeFromString(EDataType eDataType, String initialValue) {
		DocumentType result = DocumentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentFormat createDocumentFormatFromString(EDataType eDataType, String initialValue) {
		DocumentFormat result = DocumentFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Light createLightFromString(EDataType eDataType, String initialValue) {
		Light result = Light.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLightToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FalseDocumentKind createFalseDocumentKindFromString(EDataType eDataType, String initialValue) {
		FalseDocumentKind result = FalseDocumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFalseDocumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DetectionPlace createDetectionPlaceFromString(EDataType eDataType, String initialValue) {
		DetectionPlace result = DetectionPlace.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDetectionPlaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecimensPackage getSpecimensPackage() {
		return (SpecimensPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SpecimensPackage getPackage() {
		return SpecimensPackage.eINSTANCE;
	}

} //SpecimensFactoryImpl
