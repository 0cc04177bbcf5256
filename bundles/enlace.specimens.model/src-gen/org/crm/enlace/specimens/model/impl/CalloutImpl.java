/**
 */
package org.crm.enlace.specimens.model.impl;

import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Callout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getX <em>X</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getFeatureCode <em>Feature Code</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getLight <em>Light</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getDescriptionEs <em>Description Es</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.CalloutImpl#getDescriptionEn <em>Description En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalloutImpl extends MinimalEObjectImpl.Container implements Callout {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected PageImage image;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final int X_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected int x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final int Y_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected int y = Y_EDEFAULT;

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
	 * The default value of the '{@link #getFeatureCode() <em>Feature Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureCode()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatureCode() <em>Feature Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureCode()
	 * @generated
	 * @ordered
	 */
	protected String featureCode = FEATURE_CODE_EDEFAULT;

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
	 * The default value of the '{@link #getDescriptionEs() <em>Description Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEs()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_ES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionEs() <em>Description Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEs()
	 * @generated
	 * @ordered
	 */
	protected String descriptionEs = DESCRIPTION_ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected String descriptionEn = DESCRIPTION_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalloutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecimensPackage.Literals.CALLOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PageImage getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (PageImage)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SpecimensPackage.CALLOUT__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PageImage basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(PageImage newImage) {
		PageImage oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(int newX) {
		int oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(int newY) {
		int oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__Y, oldY, y));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__WIDTH, oldWidth, width));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatureCode() {
		return featureCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureCode(String newFeatureCode) {
		String oldFeatureCode = featureCode;
		featureCode = newFeatureCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__FEATURE_CODE, oldFeatureCode, featureCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__LIGHT, oldLight, light));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionEs() {
		return descriptionEs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionEs(String newDescriptionEs) {
		String oldDescriptionEs = descriptionEs;
		descriptionEs = newDescriptionEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__DESCRIPTION_ES, oldDescriptionEs, descriptionEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionEn() {
		return descriptionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionEn(String newDescriptionEn) {
		String oldDescriptionEn = descriptionEn;
		descriptionEn = newDescriptionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.CALLOUT__DESCRIPTION_EN, oldDescriptionEn, descriptionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecimensPackage.CALLOUT__NUMBER:
				return getNumber();
			case SpecimensPackage.CALLOUT__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case SpecimensPackage.CALLOUT__X:
				return getX();
			case SpecimensPackage.CALLOUT__Y:
				return getY();
			case SpecimensPackage.CALLOUT__WIDTH:
				return getWidth();
			case SpecimensPackage.CALLOUT__HEIGHT:
				return getHeight();
			case SpecimensPackage.CALLOUT__FEATURE_CODE:
				return getFeatureCode();
			case SpecimensPackage.CALLOUT__LIGHT:
				return getLight();
			case SpecimensPackage.CALLOUT__DESCRIPTION_ES:
				return getDescriptionEs();
			case SpecimensPackage.CALLOUT__DESCRIPTION_EN:
				return getDescriptionEn();
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
			case SpecimensPackage.CALLOUT__NUMBER:
				setNumber((Integer)newValue);
				return;
			case SpecimensPackage.CALLOUT__IMAGE:
				setImage((PageImage)newValue);
				return;
			case SpecimensPackage.CALLOUT__X:
				setX((Integer)newValue);
				return;
			case SpecimensPackage.CALLOUT__Y:
				setY((Integer)newValue);
				return;
			case SpecimensPackage.CALLOUT__WIDTH:
				setWidth((Integer)newValue);
				return;
			case SpecimensPackage.CALLOUT__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case SpecimensPackage.CALLOUT__FEATURE_CODE:
				setFeatureCode((String)newValue);
				return;
			case SpecimensPackage.CALLOUT__LIGHT:
				setLight((Light)newValue);
				return;
			case SpecimensPackage.CALLOUT__DESCRIPTION_ES:
				setDescriptionEs((String)newValue);
				return;
			case SpecimensPackage.CALLOUT__DESCRIPTION_EN:
				setDescriptionEn((String)newValue);
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
			case SpecimensPackage.CALLOUT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__IMAGE:
				setImage((PageImage)null);
				return;
			case SpecimensPackage.CALLOUT__X:
				setX(X_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__Y:
				setY(Y_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__FEATURE_CODE:
				setFeatureCode(FEATURE_CODE_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__LIGHT:
				setLight(LIGHT_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__DESCRIPTION_ES:
				setDescriptionEs(DESCRIPTION_ES_EDEFAULT);
				return;
			case SpecimensPackage.CALLOUT__DESCRIPTION_EN:
				setDescriptionEn(DESCRIPTION_EN_EDEFAULT);
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
			case SpecimensPackage.CALLOUT__NUMBER:
				return number != NUMBER_EDEFAULT;
			case SpecimensPackage.CALLOUT__IMAGE:
				return image != null;
			case SpecimensPackage.CALLOUT__X:
				return x != X_EDEFAULT;
			case SpecimensPackage.CALLOUT__Y:
				return y != Y_EDEFAULT;
			case SpecimensPackage.CALLOUT__WIDTH:
				return width != WIDTH_EDEFAULT;
			case SpecimensPackage.CALLOUT__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case SpecimensPackage.CALLOUT__FEATURE_CODE:
				return FEATURE_CODE_EDEFAULT == null ? featureCode != null : !FEATURE_CODE_EDEFAULT.equals(featureCode);
			case SpecimensPackage.CALLOUT__LIGHT:
				return light != LIGHT_EDEFAULT;
			case SpecimensPackage.CALLOUT__DESCRIPTION_ES:
				return DESCRIPTION_ES_EDEFAULT == null ? descriptionEs != null : !DESCRIPTION_ES_EDEFAULT.equals(descriptionEs);
			case SpecimensPackage.CALLOUT__DESCRIPTION_EN:
				return DESCRIPTION_EN_EDEFAULT == null ? descriptionEn != null : !DESCRIPTION_EN_EDEFAULT.equals(descriptionEn);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", featureCode: ");
		result.append(featureCode);
		result.append(", light: ");
		result.append(light);
		result.append(", descriptionEs: ");
		result.append(descriptionEs);
		result.append(", descriptionEn: ");
		result.append(descriptionEn);
		result.append(')');
		return result.toString();
	}

} //CalloutImpl
