/**
 */
package org.crm.enlace.intel.model.impl;

import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.VocabularyTerm;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vocabulary Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.impl.VocabularyTermImpl#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.VocabularyTermImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.VocabularyTermImpl#getLabelEs <em>Label Es</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.VocabularyTermImpl#getLabelEn <em>Label En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VocabularyTermImpl extends RecordImpl implements VocabularyTerm {
	/**
	 * The default value of the '{@link #getVocabulary() <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected static final String VOCABULARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVocabulary() <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected String vocabulary = VOCABULARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEs() <em>Label Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEs()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_ES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEs() <em>Label Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEs()
	 * @generated
	 * @ordered
	 */
	protected String labelEs = LABEL_ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String labelEn = LABEL_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VocabularyTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntelPackage.Literals.VOCABULARY_TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVocabulary() {
		return vocabulary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabulary(String newVocabulary) {
		String oldVocabulary = vocabulary;
		vocabulary = newVocabulary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.VOCABULARY_TERM__VOCABULARY, oldVocabulary, vocabulary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.VOCABULARY_TERM__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEs() {
		return labelEs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEs(String newLabelEs) {
		String oldLabelEs = labelEs;
		labelEs = newLabelEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.VOCABULARY_TERM__LABEL_ES, oldLabelEs, labelEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEn() {
		return labelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEn(String newLabelEn) {
		String oldLabelEn = labelEn;
		labelEn = newLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.VOCABULARY_TERM__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntelPackage.VOCABULARY_TERM__VOCABULARY:
				return getVocabulary();
			case IntelPackage.VOCABULARY_TERM__CODE:
				return getCode();
			case IntelPackage.VOCABULARY_TERM__LABEL_ES:
				return getLabelEs();
			case IntelPackage.VOCABULARY_TERM__LABEL_EN:
				return getLabelEn();
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
			case IntelPackage.VOCABULARY_TERM__VOCABULARY:
				setVocabulary((String)newValue);
				return;
			case IntelPackage.VOCABULARY_TERM__CODE:
				setCode((String)newValue);
				return;
			case IntelPackage.VOCABULARY_TERM__LABEL_ES:
				setLabelEs((String)newValue);
				return;
			case IntelPackage.VOCABULARY_TERM__LABEL_EN:
				setLabelEn((String)newValue);
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
			case IntelPackage.VOCABULARY_TERM__VOCABULARY:
				setVocabulary(VOCABULARY_EDEFAULT);
				return;
			case IntelPackage.VOCABULARY_TERM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case IntelPackage.VOCABULARY_TERM__LABEL_ES:
				setLabelEs(LABEL_ES_EDEFAULT);
				return;
			case IntelPackage.VOCABULARY_TERM__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
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
			case IntelPackage.VOCABULARY_TERM__VOCABULARY:
				return VOCABULARY_EDEFAULT == null ? vocabulary != null : !VOCABULARY_EDEFAULT.equals(vocabulary);
			case IntelPackage.VOCABULARY_TERM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case IntelPackage.VOCABULARY_TERM__LABEL_ES:
				return LABEL_ES_EDEFAULT == null ? labelEs != null : !LABEL_ES_EDEFAULT.equals(labelEs);
			case IntelPackage.VOCABULARY_TERM__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
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
		result.append(" (vocabulary: ");
		result.append(vocabulary);
		result.append(", code: ");
		result.append(code);
		result.append(", labelEs: ");
		result.append(labelEs);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(')');
		return result.toString();
	}

} //VocabularyTermImpl
