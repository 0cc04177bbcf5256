/**
 */
package org.crm.enlace.specimens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An image of a page under one light, stored as an attachment of the record (encrypted, metadata stripped, PNG).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.PageImage#getLight <em>Light</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.PageImage#getAttachmentId <em>Attachment Id</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.PageImage#getWidth <em>Width</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.PageImage#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getPageImage()
 * @model
 * @generated
 */
public interface PageImage extends EObject {
	/**
	 * Returns the value of the '<em><b>Light</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.Light}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Light</em>' attribute.
	 * @see org.crm.enlace.specimens.model.Light
	 * @see #setLight(Light)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getPageImage_Light()
	 * @model required="true"
	 * @generated
	 */
	Light getLight();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.PageImage#getLight <em>Light</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Light</em>' attribute.
	 * @see org.crm.enlace.specimens.model.Light
	 * @see #getLight()
	 * @generated
	 */
	void setLight(Light value);

	/**
	 * Returns the value of the '<em><b>Attachment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachment Id</em>' attribute.
	 * @see #setAttachmentId(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getPageImage_AttachmentId()
	 * @model required="true"
	 * @generated
	 */
	String getAttachmentId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.PageImage#getAttachmentId <em>Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment Id</em>' attribute.
	 * @see #getAttachmentId()
	 * @generated
	 */
	void setAttachmentId(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In pixels, as imported: callouts are placed in this image's pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getPageImage_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.PageImage#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getPageImage_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.PageImage#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

} // PageImage
