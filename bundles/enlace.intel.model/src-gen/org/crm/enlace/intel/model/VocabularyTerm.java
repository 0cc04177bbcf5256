/**
 */
package org.crm.enlace.intel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vocabulary Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A term of a controlled vocabulary. Vocabularies are data: the Secretariat owns the shared terms, a country that extends a vocabulary owns its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.VocabularyTerm#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.VocabularyTerm#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.VocabularyTerm#getLabelEs <em>Label Es</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.VocabularyTerm#getLabelEn <em>Label En</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.intel.model.IntelPackage#getVocabularyTerm()
 * @model
 * @generated
 */
public interface VocabularyTerm extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Vocabulary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vocabulary's name, e.g. modus-operandi, smuggler-role, transport.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vocabulary</em>' attribute.
	 * @see #setVocabulary(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getVocabularyTerm_Vocabulary()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getVocabulary();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.VocabularyTerm#getVocabulary <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary</em>' attribute.
	 * @see #getVocabulary()
	 * @generated
	 */
	void setVocabulary(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable within its vocabulary; what reports refer to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getVocabularyTerm_Code()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.VocabularyTerm#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Es</em>' attribute.
	 * @see #setLabelEs(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getVocabularyTerm_LabelEs()
	 * @model
	 * @generated
	 */
	String getLabelEs();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.VocabularyTerm#getLabelEs <em>Label Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Es</em>' attribute.
	 * @see #getLabelEs()
	 * @generated
	 */
	void setLabelEs(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getVocabularyTerm_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.VocabularyTerm#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

} // VocabularyTerm
