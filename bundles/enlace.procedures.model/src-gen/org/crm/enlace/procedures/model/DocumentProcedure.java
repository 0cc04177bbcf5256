/**
 */
package org.crm.enlace.procedures.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Procedure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one document of one country is obtained, owned by the issuing country.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getIssuingCountry <em>Issuing Country</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getDocumentKind <em>Document Kind</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getDocumentName <em>Document Name</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getIssuingAuthority <em>Issuing Authority</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getBreederDocuments <em>Breeder Documents</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getFees <em>Fees</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getProcessingTime <em>Processing Time</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getValidities <em>Validities</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getFraudSeen <em>Fraud Seen</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.DocumentProcedure#getSpecimenIds <em>Specimen Ids</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure()
 * @model
 * @generated
 */
public interface DocumentProcedure extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Issuing Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country that issues the document; the procedure's owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuing Country</em>' attribute.
	 * @see #setIssuingCountry(String)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_IssuingCountry()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getIssuingCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.DocumentProcedure#getIssuingCountry <em>Issuing Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing Country</em>' attribute.
	 * @see #getIssuingCountry()
	 * @generated
	 */
	void setIssuingCountry(String value);

	/**
	 * Returns the value of the '<em><b>Document Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.procedures.model.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Kind</em>' attribute.
	 * @see org.crm.enlace.procedures.model.DocumentKind
	 * @see #setDocumentKind(DocumentKind)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_DocumentKind()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	DocumentKind getDocumentKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.DocumentProcedure#getDocumentKind <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Kind</em>' attribute.
	 * @see org.crm.enlace.procedures.model.DocumentKind
	 * @see #getDocumentKind()
	 * @generated
	 */
	void setDocumentKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>Document Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's name in the issuing country, e.g. Formato SAM or Permiso de salida de menores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Name</em>' attribute.
	 * @see #setDocumentName(String)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_DocumentName()
	 * @model
	 * @generated
	 */
	String getDocumentName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.DocumentProcedure#getDocumentName <em>Document Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Name</em>' attribute.
	 * @see #getDocumentName()
	 * @generated
	 */
	void setDocumentName(String value);

	/**
	 * Returns the value of the '<em><b>Issuing Authority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuing Authority</em>' attribute.
	 * @see #setIssuingAuthority(String)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_IssuingAuthority()
	 * @model
	 * @generated
	 */
	String getIssuingAuthority();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.DocumentProcedure#getIssuingAuthority <em>Issuing Authority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing Authority</em>' attribute.
	 * @see #getIssuingAuthority()
	 * @generated
	 */
	void setIssuingAuthority(String value);

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an applicant must do or show, one requirement each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirements</em>' attribute list.
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_Requirements()
	 * @model
	 * @generated
	 */
	EList<String> getRequirements();

	/**
	 * Returns the value of the '<em><b>Breeder Documents</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The documents this one is issued on the strength of (birth certificate, national identity card...): where fraud enters genuine documents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Breeder Documents</em>' attribute list.
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_BreederDocuments()
	 * @model
	 * @generated
	 */
	EList<String> getBreederDocuments();

	/**
	 * Returns the value of the '<em><b>Fees</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.procedures.model.Fee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fees</em>' containment reference list.
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_Fees()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fee> getFees();

	/**
	 * Returns the value of the '<em><b>Processing Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long issuing takes, as the issuing country states it (e.g. 10 working days; same day for an extra fee).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processing Time</em>' attribute.
	 * @see #setProcessingTime(String)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_ProcessingTime()
	 * @model
	 * @generated
	 */
	String getProcessingTime();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.DocumentProcedure#getProcessingTime <em>Processing Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processing Time</em>' attribute.
	 * @see #getProcessingTime()
	 * @generated
	 */
	void setProcessingTime(String value);

	/**
	 * Returns the value of the '<em><b>Validities</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.procedures.model.AgeValidity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validities</em>' containment reference list.
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_Validities()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgeValidity> getValidities();

	/**
	 * Returns the value of the '<em><b>Fraud Seen</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where in the process fraud has been seen, one finding each (free text).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fraud Seen</em>' attribute list.
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_FraudSeen()
	 * @model
	 * @generated
	 */
	EList<String> getFraudSeen();

	/**
	 * Returns the value of the '<em><b>Specimen Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the document's specimen records (specimens area, to come): plain id references until that model exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specimen Ids</em>' attribute list.
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getDocumentProcedure_SpecimenIds()
	 * @model
	 * @generated
	 */
	EList<String> getSpecimenIds();

} // DocumentProcedure
