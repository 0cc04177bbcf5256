/**
 */
package org.crm.enlace.specimens.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>False Document Alert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A false document found by a member, owned by the reporting country, beside the genuine specimen it imitates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getSpecimenId <em>Specimen Id</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getImages <em>Images</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getDeviations <em>Deviations</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getPlaceKind <em>Place Kind</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getDetectedOn <em>Detected On</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert()
 * @model
 * @generated
 */
public interface FalseDocumentAlert extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.FalseDocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.specimens.model.FalseDocumentKind
	 * @see #setKind(FalseDocumentKind)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_Kind()
	 * @model required="true"
	 * @generated
	 */
	FalseDocumentKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.specimens.model.FalseDocumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FalseDocumentKind value);

	/**
	 * Returns the value of the '<em><b>Specimen Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id of the genuine DocumentSpecimen the false document imitates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specimen Id</em>' attribute.
	 * @see #setSpecimenId(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_SpecimenId()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getSpecimenId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getSpecimenId <em>Specimen Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specimen Id</em>' attribute.
	 * @see #getSpecimenId()
	 * @generated
	 */
	void setSpecimenId(String value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.specimens.model.PageImage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<PageImage> getImages();

	/**
	 * Returns the value of the '<em><b>Deviations</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.specimens.model.Callout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the false document differs from the genuine one, drawn on the alert's own images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deviations</em>' containment reference list.
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_Deviations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Callout> getDeviations();

	/**
	 * Returns the value of the '<em><b>Place Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.DetectionPlace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place Kind</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DetectionPlace
	 * @see #setPlaceKind(DetectionPlace)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_PlaceKind()
	 * @model
	 * @generated
	 */
	DetectionPlace getPlaceKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getPlaceKind <em>Place Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place Kind</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DetectionPlace
	 * @see #getPlaceKind()
	 * @generated
	 */
	void setPlaceKind(DetectionPlace value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it was detected: the border crossing's, airport's or office's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Detected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detected On</em>' attribute.
	 * @see #setDetectedOn(LocalDate)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_DetectedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getDetectedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getDetectedOn <em>Detected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected On</em>' attribute.
	 * @see #getDetectedOn()
	 * @generated
	 */
	void setDetectedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getFalseDocumentAlert_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.FalseDocumentAlert#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // FalseDocumentAlert
