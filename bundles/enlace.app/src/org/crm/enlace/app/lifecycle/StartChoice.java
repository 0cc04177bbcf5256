package org.crm.enlace.app.lifecycle;

import java.nio.file.Path;

import org.crm.enlace.core.user.CurrentUser;

/** What the user chose at start: who works, in which role and country, on which data folder. */
record StartChoice(CurrentUser user, Path dataFolder) {
}
