/**
 */
package org.crm.enlace.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Base of every shared thing: identified by a UUID, owned by one country, versioned on every change.
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
	 * ISO 3166-1 alpha-3 code of the country that owns the record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Country</em>' attribute.
	 * @see #setOwnerCountry(String)
	 * @see org.crm.enlace.model.EnlacePackage#getRecord_OwnerCountry()
	 * @model required="true"
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

} // Record
