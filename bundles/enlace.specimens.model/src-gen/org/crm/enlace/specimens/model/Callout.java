/**
 */
package org.crm.enlace.specimens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Callout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numbered security feature (or, on an alert, a deviation): a rectangle drawn on one image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getImage <em>Image</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getX <em>X</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getY <em>Y</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getWidth <em>Width</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getHeight <em>Height</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getFeatureCode <em>Feature Code</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getLight <em>Light</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getDescriptionEs <em>Description Es</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.Callout#getDescriptionEn <em>Description En</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout()
 * @model
 * @generated
 */
public interface Callout extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique within the record: what the feature list and the drawing share.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image the callout is drawn on, one of the same record's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(PageImage)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_Image()
	 * @model required="true"
	 * @generated
	 */
	PageImage getImage();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(PageImage value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_X()
	 * @model
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_Y()
	 * @model
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getWidth <em>Width</em>}' attribute.
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
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Feature Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of a term of the security-feature vocabulary (intel's VocabularyTerm records), e.g. guilloche.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Code</em>' attribute.
	 * @see #setFeatureCode(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_FeatureCode()
	 * @model
	 * @generated
	 */
	String getFeatureCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getFeatureCode <em>Feature Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Code</em>' attribute.
	 * @see #getFeatureCode()
	 * @generated
	 */
	void setFeatureCode(String value);

	/**
	 * Returns the value of the '<em><b>Light</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.specimens.model.Light}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The light the feature is seen under; the same as its image's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Light</em>' attribute.
	 * @see org.crm.enlace.specimens.model.Light
	 * @see #setLight(Light)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_Light()
	 * @model
	 * @generated
	 */
	Light getLight();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getLight <em>Light</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Light</em>' attribute.
	 * @see org.crm.enlace.specimens.model.Light
	 * @see #getLight()
	 * @generated
	 */
	void setLight(Light value);

	/**
	 * Returns the value of the '<em><b>Description Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description Es</em>' attribute.
	 * @see #setDescriptionEs(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_DescriptionEs()
	 * @model
	 * @generated
	 */
	String getDescriptionEs();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getDescriptionEs <em>Description Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Es</em>' attribute.
	 * @see #getDescriptionEs()
	 * @generated
	 */
	void setDescriptionEs(String value);

	/**
	 * Returns the value of the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description En</em>' attribute.
	 * @see #setDescriptionEn(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getCallout_DescriptionEn()
	 * @model
	 * @generated
	 */
	String getDescriptionEn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.Callout#getDescriptionEn <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description En</em>' attribute.
	 * @see #getDescriptionEn()
	 * @generated
	 */
	void setDescriptionEn(String value);

} // Callout
