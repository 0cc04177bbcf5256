/**
 */
package org.crm.enlace.specimens.model.impl;

import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Page Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.impl.PageImageImpl#getLight <em>Light</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.PageImageImpl#getAttachmentId <em>Attachment Id</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.PageImageImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.PageImageImpl#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PageImageImpl extends MinimalEObjectImpl.Container implements PageImage {
	/**
	 * The default value of the '{@link #getLight() <em>Light</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLight()
	 * @generated
	 * @ordered
	 */
	protected static final Light LIGHT_EDEFAULT = Light.VISIBLE;

	/**
	 * The cached value of the '{@link #getLight() <em>Light</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLight()
	 * @generated
	 * @ordered
	 */
	protected Light light = LIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttachmentId() <em>Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTACHMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachmentId() <em>Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentId()
	 * @generated
	 * @ordered
	 */
	protected String attachmentId = ATTACHMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PageImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecimensPackage.Literals.PAGE_IMAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Light getLight() {
		return light;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLight(Light newLight) {
		Light oldLight = light;
		light = newLight == null ? LIGHT_EDEFAULT : newLight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.PAGE_IMAGE__LIGHT, oldLight, light));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttachmentId() {
		return attachmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachmentId(String newAttachmentId) {
		String oldAttachmentId = attachmentId;
		attachmentId = newAttachmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.PAGE_IMAGE__ATTACHMENT_ID, oldAttachmentId, attachmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.PAGE_IMAGE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.PAGE_IMAGE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecimensPackage.PAGE_IMAGE__LIGHT:
				return getLight();
			case SpecimensPackage.PAGE_IMAGE__ATTACHMENT_ID:
				return getAttachmentId();
			case SpecimensPackage.PAGE_IMAGE__WIDTH:
				return getWidth();
			case SpecimensPackage.PAGE_IMAGE__HEIGHT:
				return getHeight();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpecimensPackage.PAGE_IMAGE__LIGHT:
				setLight((Light)newValue);
				return;
			case SpecimensPackage.PAGE_IMAGE__ATTACHMENT_ID:
				setAttachmentId((String)newValue);
				return;
			case SpecimensPackage.PAGE_IMAGE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case SpecimensPackage.PAGE_IMAGE__HEIGHT:
				setHeight((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpecimensPackage.PAGE_IMAGE__LIGHT:
				setLight(LIGHT_EDEFAULT);
				return;
			case SpecimensPackage.PAGE_IMAGE__ATTACHMENT_ID:
				setAttachmentId(ATTACHMENT_ID_EDEFAULT);
				return;
			case SpecimensPackage.PAGE_IMAGE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case SpecimensPackage.PAGE_IMAGE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpecimensPackage.PAGE_IMAGE__LIGHT:
				return light != LIGHT_EDEFAULT;
			case SpecimensPackage.PAGE_IMAGE__ATTACHMENT_ID:
				return ATTACHMENT_ID_EDEFAULT == null ? attachmentId != null : !ATTACHMENT_ID_EDEFAULT.equals(attachmentId);
			case SpecimensPackage.PAGE_IMAGE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case SpecimensPackage.PAGE_IMAGE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (light: ");
		result.append(light);
		result.append(", attachmentId: ");
		result.append(attachmentId);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(')');
		return result.toString();
	}

} //PageImageImpl
