/**
 */
package org.crm.enlace.specimens.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Specimen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A genuine document as its issuing country describes it, owned by that country.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentCode <em>Document Code</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getIssuingState <em>Issuing State</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getCategory <em>Category</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentType <em>Document Type</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentName <em>Document Name</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getSeries <em>Series</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFirstIssued <em>First Issued</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#isStillValid <em>Still Valid</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getWithdrawnOn <em>Withdrawn On</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFormat <em>Format</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getValidities <em>Validities</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getProcedureId <em>Procedure Id</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.DocumentSpecimen#getPages <em>Pages</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen()
 * @model
 * @generated
 */
public interface DocumentSpecimen extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Document Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document code as printed in the MRZ (ICAO Doc 9303), e.g. P, PD, ID, V: what the MRZ checker looks specimens up by.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Code</em>' attribute.
	 * @see #setDocumentCode(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_DocumentCode()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getDocumentCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentCode <em>Document Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Code</em>' attribute.
	 * @see #getDocumentCode()
	 * @generated
	 */
	void setDocumentCode(String value);

	/**
	 * Returns the value of the '<em><b>Issuing State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the issuing state; the specimen's owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuing State</em>' attribute.
	 * @see #setIssuingState(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_IssuingState()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getIssuingState();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getIssuingState <em>Issuing State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing State</em>' attribute.
	 * @see #getIssuingState()
	 * @generated
	 */
	void setIssuingState(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.DocumentCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DocumentCategory
	 * @see #setCategory(DocumentCategory)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_Category()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	DocumentCategory getCategory();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DocumentCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DocumentCategory value);

	/**
	 * Returns the value of the '<em><b>Document Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.DocumentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Type</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DocumentType
	 * @see #setDocumentType(DocumentType)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_DocumentType()
	 * @model
	 * @generated
	 */
	DocumentType getDocumentType();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentType <em>Document Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Type</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DocumentType
	 * @see #getDocumentType()
	 * @generated
	 */
	void setDocumentType(DocumentType value);

	/**
	 * Returns the value of the '<em><b>Document Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's name in the issuing country, e.g. Pasaporte ordinario or Documento Personal de Identificación.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Name</em>' attribute.
	 * @see #setDocumentName(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_DocumentName()
	 * @model
	 * @generated
	 */
	String getDocumentName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getDocumentName <em>Document Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Name</em>' attribute.
	 * @see #getDocumentName()
	 * @generated
	 */
	void setDocumentName(String value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Series or version of the document, as the issuing country names it (e.g. 2021 model).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series</em>' attribute.
	 * @see #setSeries(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_Series()
	 * @model
	 * @generated
	 */
	String getSeries();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getSeries <em>Series</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series</em>' attribute.
	 * @see #getSeries()
	 * @generated
	 */
	void setSeries(String value);

	/**
	 * Returns the value of the '<em><b>First Issued</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Issued</em>' attribute.
	 * @see #setFirstIssued(LocalDate)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_FirstIssued()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getFirstIssued();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFirstIssued <em>First Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Issued</em>' attribute.
	 * @see #getFirstIssued()
	 * @generated
	 */
	void setFirstIssued(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Still Valid</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Still Valid</em>' attribute.
	 * @see #setStillValid(boolean)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_StillValid()
	 * @model default="true"
	 * @generated
	 */
	boolean isStillValid();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#isStillValid <em>Still Valid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Still Valid</em>' attribute.
	 * @see #isStillValid()
	 * @generated
	 */
	void setStillValid(boolean value);

	/**
	 * Returns the value of the '<em><b>Withdrawn On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When documents of this series stopped being valid; none while still valid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Withdrawn On</em>' attribute.
	 * @see #setWithdrawnOn(LocalDate)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_WithdrawnOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getWithdrawnOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getWithdrawnOn <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Withdrawn On</em>' attribute.
	 * @see #getWithdrawnOn()
	 * @generated
	 */
	void setWithdrawnOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.DocumentFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ICAO Doc 9303 size of the document (TD1, TD2, TD3 or another); unset when not given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DocumentFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #setFormat(DocumentFormat)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_Format()
	 * @model unsettable="true"
	 * @generated
	 */
	DocumentFormat getFormat();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.crm.enlace.specimens.model.DocumentFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DocumentFormat value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormat()
	 * @see #getFormat()
	 * @see #setFormat(DocumentFormat)
	 * @generated
	 */
	void unsetFormat();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getFormat <em>Format</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format</em>' attribute is set.
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @see #setFormat(DocumentFormat)
	 * @generated
	 */
	boolean isSetFormat();

	/**
	 * Returns the value of the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many pages the document has (a booklet's, including covers); 1 for a card.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Count</em>' attribute.
	 * @see #setPageCount(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_PageCount()
	 * @model
	 * @generated
	 */
	int getPageCount();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getPageCount <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Count</em>' attribute.
	 * @see #getPageCount()
	 * @generated
	 */
	void setPageCount(int value);

	/**
	 * Returns the value of the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the document is made of, e.g. polycarbonate data page, security paper.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Material</em>' attribute.
	 * @see #setMaterial(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_Material()
	 * @model
	 * @generated
	 */
	String getMaterial();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getMaterial <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' attribute.
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(String value);

	/**
	 * Returns the value of the '<em><b>Validities</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.specimens.model.HolderAgeValidity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validities</em>' containment reference list.
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_Validities()
	 * @model containment="true"
	 * @generated
	 */
	EList<HolderAgeValidity> getValidities();

	/**
	 * Returns the value of the '<em><b>Procedure Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id of the DocumentProcedure that tells how the document is obtained; none when not entered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Procedure Id</em>' attribute.
	 * @see #setProcedureId(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_ProcedureId()
	 * @model
	 * @generated
	 */
	String getProcedureId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.DocumentSpecimen#getProcedureId <em>Procedure Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure Id</em>' attribute.
	 * @see #getProcedureId()
	 * @generated
	 */
	void setProcedureId(String value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.specimens.model.SpecimenPage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' containment reference list.
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getDocumentSpecimen_Pages()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpecimenPage> getPages();

} // DocumentSpecimen
