/**
 */
package org.crm.enlace.intel.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Smuggling Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A structured report on how migrants are smuggled: period observed, countries, modality, modus operandi (vocabulary terms), the route and the profile of suspected smugglers. Its evaluation is the Record's source reliability and information accuracy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getObservedFrom <em>Observed From</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getObservedTo <em>Observed To</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getModality <em>Modality</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getModusOperandi <em>Modus Operandi</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getRoute <em>Route</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.SmugglingReport#getLinkedReports <em>Linked Reports</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport()
 * @model
 * @generated
 */
public interface SmugglingReport extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was observed, in the reporting officer's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Observed From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed From</em>' attribute.
	 * @see #setObservedFrom(LocalDate)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_ObservedFrom()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getObservedFrom();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getObservedFrom <em>Observed From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed From</em>' attribute.
	 * @see #getObservedFrom()
	 * @generated
	 */
	void setObservedFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Observed To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day of the period observed; on or after observedFrom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed To</em>' attribute.
	 * @see #setObservedTo(LocalDate)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_ObservedTo()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getObservedTo();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getObservedTo <em>Observed To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed To</em>' attribute.
	 * @see #getObservedTo()
	 * @generated
	 */
	void setObservedTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Countries</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 codes of the countries involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Countries</em>' attribute list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_Countries()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	EList<String> getCountries();

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.intel.model.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see org.crm.enlace.intel.model.Modality
	 * @see #isSetModality()
	 * @see #unsetModality()
	 * @see #setModality(Modality)
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_Modality()
	 * @model unsettable="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.crm.enlace.intel.model.Modality
	 * @see #isSetModality()
	 * @see #unsetModality()
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetModality()
	 * @see #getModality()
	 * @see #setModality(Modality)
	 * @generated
	 */
	void unsetModality();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.intel.model.SmugglingReport#getModality <em>Modality</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Modality</em>' attribute is set.
	 * @see #unsetModality()
	 * @see #getModality()
	 * @see #setModality(Modality)
	 * @generated
	 */
	boolean isSetModality();

	/**
	 * Returns the value of the '<em><b>Modus Operandi</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of terms of the modus-operandi vocabulary (VocabularyTerm records), not their labels: a label may change or be translated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modus Operandi</em>' attribute list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_ModusOperandi()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	EList<String> getModusOperandi();

	/**
	 * Returns the value of the '<em><b>Route</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.intel.model.RouteStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The waypoints in travel order; at least two.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Route</em>' containment reference list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_Route()
	 * @model containment="true"
	 * @generated
	 */
	EList<RouteStep> getRoute();

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.intel.model.SmugglerProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<SmugglerProfile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Linked Reports</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of other reports this one relates to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linked Reports</em>' attribute list.
	 * @see org.crm.enlace.intel.model.IntelPackage#getSmugglingReport_LinkedReports()
	 * @model
	 * @generated
	 */
	EList<String> getLinkedReports();

} // SmugglingReport
