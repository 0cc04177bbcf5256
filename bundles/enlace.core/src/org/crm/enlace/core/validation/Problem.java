package org.crm.enlace.core.validation;

/**
 * One thing wrong with what a user entered or imported. Problems are collected and listed, never thrown one by one.
 *
 * @param field   the attribute or column concerned, as the model names it
 * @param message for the user, in the user's language; never quotes a person's data
 */
public record Problem(String field, String message) {
}
