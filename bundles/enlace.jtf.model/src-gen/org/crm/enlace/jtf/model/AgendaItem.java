/**
 */
package org.crm.enlace.jtf.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.AgendaItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.AgendaItem#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.AgendaItem#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.jtf.model.JtfPackage#getAgendaItem()
 * @model
 * @generated
 */
public interface AgendaItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getAgendaItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.AgendaItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Presenter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization that presents the item (never a person's name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Presenter</em>' attribute.
	 * @see #setPresenter(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getAgendaItem_Presenter()
	 * @model
	 * @generated
	 */
	String getPresenter();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.AgendaItem#getPresenter <em>Presenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Presenter</em>' attribute.
	 * @see #getPresenter()
	 * @generated
	 */
	void setPresenter(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.crm.enlace.jtf.model.JtfPackage#getAgendaItem_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.crm.enlace.jtf.model.AgendaItem#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // AgendaItem
