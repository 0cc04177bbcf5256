/**
 */
package org.crm.enlace.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Base of every shared thing: identified by a UUID, owned by one country (or the Technical Secretariat XST, or IOM XOM), versioned on every change, marked for handling and released to whom may see it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.model.Record#getId <em>Id</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getOwnerCountry <em>Owner Country</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getModifiedBy <em>Modified By</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getVersion <em>Version</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getHandlingCode <em>Handling Code</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getTlp <em>Tlp</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getReleasability <em>Releasability</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getReleasableTo <em>Releasable To</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getSourceReliability <em>Source Reliability</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getInformationAccuracy <em>Information Accuracy</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getProvenanceKind <em>Provenance Kind</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.crm.enlace.model.Record#getRetentionUntil <em>Retention Until</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.model.EnlacePackage#getRecord()
 * @model abstract="true"
 * @generated
 */
public interface Record extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country that owns the record, or one of the user-assigned codes XST (Technical Secretariat) and XOM (IOM).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Country</em>' attribute.
	 * @see #setOwnerCountry(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_OwnerCountry()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	String getOwnerCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getOwnerCountry <em>Owner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Country</em>' attribute.
	 * @see #getOwnerCountry()
	 * @generated
	 */
	void setOwnerCountry(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_CreatedAt()
	 * @model dataType="org.crm.enlace.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_CreatedBy()
	 * @model
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified At</em>' attribute.
	 * @see #setModifiedAt(Instant)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_ModifiedAt()
	 * @model dataType="org.crm.enlace.model.Instant"
	 * @generated
	 */
	Instant getModifiedAt();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getModifiedAt <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified At</em>' attribute.
	 * @see #getModifiedAt()
	 * @generated
	 */
	void setModifiedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified By</em>' attribute.
	 * @see #setModifiedBy(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_ModifiedBy()
	 * @model
	 * @generated
	 */
	String getModifiedBy();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getModifiedBy <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified By</em>' attribute.
	 * @see #getModifiedBy()
	 * @generated
	 */
	void setModifiedBy(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 until first stored; the store increments it on every change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote the information (a person or a source system); may differ from createdBy, the user who stored it, e.g. for imports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Handling Code</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.HandlingCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How recipients may use the record (Europol SIENA handling code).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handling Code</em>' attribute.
	 * @see org.crm.enlace.model.HandlingCode
	 * @see #setHandlingCode(HandlingCode)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_HandlingCode()
	 * @model
	 * @generated
	 */
	HandlingCode getHandlingCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getHandlingCode <em>Handling Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling Code</em>' attribute.
	 * @see org.crm.enlace.model.HandlingCode
	 * @see #getHandlingCode()
	 * @generated
	 */
	void setHandlingCode(HandlingCode value);

	/**
	 * Returns the value of the '<em><b>Tlp</b></em>' attribute.
	 * The default value is <code>"RED"</code>.
	 * The literals are from the enumeration {@link org.crm.enlace.model.Tlp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traffic Light Protocol 2.0 marking: how far recipients may share it. RED unless marked otherwise, consistent with the default releasability. A marking for people: the store enforces releasability, not TLP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tlp</em>' attribute.
	 * @see org.crm.enlace.model.Tlp
	 * @see #setTlp(Tlp)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_Tlp()
	 * @model default="RED"
	 * @generated
	 */
	Tlp getTlp();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getTlp <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlp</em>' attribute.
	 * @see org.crm.enlace.model.Tlp
	 * @see #getTlp()
	 * @generated
	 */
	void setTlp(Tlp value);

	/**
	 * Returns the value of the '<em><b>Releasability</b></em>' attribute.
	 * The default value is <code>"OWNER_ONLY"</code>.
	 * The literals are from the enumeration {@link org.crm.enlace.model.Releasability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may see the record; the store enforces it on every read. OWNER_ONLY unless released: safe by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Releasability</em>' attribute.
	 * @see org.crm.enlace.model.Releasability
	 * @see #setReleasability(Releasability)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_Releasability()
	 * @model default="OWNER_ONLY"
	 * @generated
	 */
	Releasability getReleasability();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getReleasability <em>Releasability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Releasability</em>' attribute.
	 * @see org.crm.enlace.model.Releasability
	 * @see #getReleasability()
	 * @generated
	 */
	void setReleasability(Releasability value);

	/**
	 * Returns the value of the '<em><b>Releasable To</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organizations a LISTED record is released to: ISO 3166-1 alpha-3 codes, or XST (Technical Secretariat) and XOM (IOM). Ignored for any other releasability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Releasable To</em>' attribute list.
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_ReleasableTo()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 * @generated
	 */
	EList<String> getReleasableTo();

	/**
	 * Returns the value of the '<em><b>Source Reliability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.SourceReliability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluation of the source, only where the record is intelligence; unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Reliability</em>' attribute.
	 * @see org.crm.enlace.model.SourceReliability
	 * @see #isSetSourceReliability()
	 * @see #unsetSourceReliability()
	 * @see #setSourceReliability(SourceReliability)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_SourceReliability()
	 * @model unsettable="true"
	 * @generated
	 */
	SourceReliability getSourceReliability();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getSourceReliability <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Reliability</em>' attribute.
	 * @see org.crm.enlace.model.SourceReliability
	 * @see #isSetSourceReliability()
	 * @see #unsetSourceReliability()
	 * @see #getSourceReliability()
	 * @generated
	 */
	void setSourceReliability(SourceReliability value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.model.Record#getSourceReliability <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSourceReliability()
	 * @see #getSourceReliability()
	 * @see #setSourceReliability(SourceReliability)
	 * @generated
	 */
	void unsetSourceReliability();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.model.Record#getSourceReliability <em>Source Reliability</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Source Reliability</em>' attribute is set.
	 * @see #unsetSourceReliability()
	 * @see #getSourceReliability()
	 * @see #setSourceReliability(SourceReliability)
	 * @generated
	 */
	boolean isSetSourceReliability();

	/**
	 * Returns the value of the '<em><b>Information Accuracy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.InformationAccuracy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluation of the information, only where the record is intelligence; unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Information Accuracy</em>' attribute.
	 * @see org.crm.enlace.model.InformationAccuracy
	 * @see #isSetInformationAccuracy()
	 * @see #unsetInformationAccuracy()
	 * @see #setInformationAccuracy(InformationAccuracy)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_InformationAccuracy()
	 * @model unsettable="true"
	 * @generated
	 */
	InformationAccuracy getInformationAccuracy();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getInformationAccuracy <em>Information Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Information Accuracy</em>' attribute.
	 * @see org.crm.enlace.model.InformationAccuracy
	 * @see #isSetInformationAccuracy()
	 * @see #unsetInformationAccuracy()
	 * @see #getInformationAccuracy()
	 * @generated
	 */
	void setInformationAccuracy(InformationAccuracy value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.model.Record#getInformationAccuracy <em>Information Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInformationAccuracy()
	 * @see #getInformationAccuracy()
	 * @see #setInformationAccuracy(InformationAccuracy)
	 * @generated
	 */
	void unsetInformationAccuracy();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.model.Record#getInformationAccuracy <em>Information Accuracy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Information Accuracy</em>' attribute is set.
	 * @see #unsetInformationAccuracy()
	 * @see #getInformationAccuracy()
	 * @see #setInformationAccuracy(InformationAccuracy)
	 * @generated
	 */
	boolean isSetInformationAccuracy();

	/**
	 * Returns the value of the '<em><b>Provenance Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.model.ProvenanceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the information came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance Kind</em>' attribute.
	 * @see org.crm.enlace.model.ProvenanceKind
	 * @see #setProvenanceKind(ProvenanceKind)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_ProvenanceKind()
	 * @model
	 * @generated
	 */
	ProvenanceKind getProvenanceKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getProvenanceKind <em>Provenance Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance Kind</em>' attribute.
	 * @see org.crm.enlace.model.ProvenanceKind
	 * @see #getProvenanceKind()
	 * @generated
	 */
	void setProvenanceKind(ProvenanceKind value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description of the provenance: which document, source system or import.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see #setProvenance(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_Provenance()
	 * @model
	 * @generated
	 */
	String getProvenance();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(String value);

	/**
	 * Returns the value of the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day after which the record must be scrubbed; none when the record may be kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Until</em>' attribute.
	 * @see #setRetentionUntil(LocalDate)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_RetentionUntil()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getRetentionUntil();

	/**
	 * Sets the value of the '{@link org.crm.enlace.model.Record#getRetentionUntil <em>Retention Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Until</em>' attribute.
	 * @see #getRetentionUntil()
	 * @generated
	 */
	void setRetentionUntil(LocalDate value);

} // Record
