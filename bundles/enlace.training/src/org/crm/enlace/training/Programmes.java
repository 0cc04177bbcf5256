package org.crm.enlace.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingFactory;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.model.TrainingTarget;

/** Programmes, their sessions and targets as the store holds them. */
public final class Programmes {

	private Programmes() {
	}

	/** A new draft programme owned by the Secretariat, which keeps the network's proposals; all members see it. */
	public static TrainingProgramme newProgramme(String code) {
		TrainingProgramme programme = TrainingFactory.eINSTANCE.createTrainingProgramme();
		programme.setOwnerCountry(Owners.SECRETARIAT);
		programme.setReleasability(Releasability.ALL_MEMBERS);
		programme.setTlp(Tlp.GREEN);
		programme.setCode(code);
		programme.setStatus(ProgrammeStatus.DRAFT);
		return programme;
	}

	public static TrainingModule newModule(String code, String title, boolean victimIdentification) {
		TrainingModule module = TrainingFactory.eINSTANCE.createTrainingModule();
		module.setCode(code);
		module.setTitle(title);
		module.setVictimIdentification(victimIdentification);
		return module;
	}

	/** A session organised by {@code owner} (a country or the Secretariat) in {@code country}; all members see it. */
	public static TrainingSession newSession(String owner, TrainingProgramme programme, String country) {
		TrainingSession session = TrainingFactory.eINSTANCE.createTrainingSession();
		session.setOwnerCountry(owner);
		session.setReleasability(Releasability.ALL_MEMBERS);
		session.setTlp(Tlp.GREEN);
		session.setProgrammeId(programme.getId());
		session.setCountry(country);
		return session;
	}

	/** A target of the Secretariat, which records the figures the network agreed. */
	public static TrainingTarget newTarget(TrainingProgramme programme, String country, int officials) {
		TrainingTarget target = TrainingFactory.eINSTANCE.createTrainingTarget();
		target.setOwnerCountry(Owners.SECRETARIAT);
		target.setReleasability(Releasability.ALL_MEMBERS);
		target.setTlp(Tlp.GREEN);
		target.setProgrammeId(programme.getId());
		target.setCountry(country);
		target.setOfficials(officials);
		return target;
	}

	/**
	 * The programme the indicator follows on a day: of the approved ones the user may see, the one approved last on
	 * or before that day.
	 */
	public static Optional<TrainingProgramme> approvedAsOf(RecordRepository repository, LocalDate day) {
		return repository.findAll(TrainingPackage.Literals.TRAINING_PROGRAMME, TrainingProgramme.class).stream()
				.filter(p -> p.getStatus() == ProgrammeStatus.APPROVED && p.getApprovedOn() != null
						&& !p.getApprovedOn().isAfter(day))
				.max(Comparator.comparing(TrainingProgramme::getApprovedOn));
	}

	public static List<TrainingSession> sessions(RecordRepository repository, TrainingProgramme programme) {
		return repository.find(RecordQuery.of(TrainingPackage.Literals.TRAINING_SESSION)
				.where(TrainingPackage.Literals.TRAINING_SESSION__PROGRAMME_ID, programme.getId()),
				TrainingSession.class);
	}

	public static List<TrainingTarget> targets(RecordRepository repository, TrainingProgramme programme) {
		return repository.find(RecordQuery.of(TrainingPackage.Literals.TRAINING_TARGET)
				.where(TrainingPackage.Literals.TRAINING_TARGET__PROGRAMME_ID, programme.getId()),
				TrainingTarget.class);
	}

	/** The module on victim identification and due care, when the programme has one. */
	public static Optional<TrainingModule> victimIdentificationModule(TrainingProgramme programme) {
		return programme.getModules().stream().filter(TrainingModule::isVictimIdentification).findFirst();
	}
}
