package org.programtracker.narrative;

import org.programtracker.narrative.internal.NarrativeEntry;

import org.programtracker.narrative.internal.NarrativeEntryRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.programtracker.narrative.ProgramNarrative.Paragraph;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.LocalizedName;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrative of each program for a quarter: difficulties raised and key tasks for the
 * next quarter, written by the program's standing agency (or an administrator).
 */
@Service
@Transactional(readOnly = true)
public class NarrativeService {

	private final NarrativeEntryRepository entries;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final PeriodService periods;

	private final Clock clock;

	NarrativeService(NarrativeEntryRepository entries, OrgUnitService orgUnits, ProgramService programs,
			PeriodService periods, Clock clock) {
		this.entries = entries;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.periods = periods;
		this.clock = clock;
	}

	/**
	 * Whether the quarter's narrative can still be written: a closed quarter's summary is
	 * what the conference read, so its narrative changes only after reopening.
	 */
	public boolean isWritable(Quarter quarter) {
		return !this.periods.isClosed(quarter);
	}

	/**
	 * One narrative per program running in the year that the user's scope covers, in
	 * program order, empty where nothing was written.
	 */
	public List<ProgramNarrative> forQuarter(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		List<NarrativeEntry> written = this.entries.findForQuarter(unit.id(), quarter.year(), quarter.quarter());
		List<ProgramNarrative> result = new ArrayList<>();
		for (ProgramView program : this.programs.programsRunningIn(quarter.year())) {
			if (!user.scope().covers(program.id())) {
				continue;
			}
			List<NarrativeEntry> ofProgram = written.stream()
				.filter(entry -> entry.getProgramId().equals(program.id()))
				.toList();
			result.add(new ProgramNarrative(program.code(), program.name(),
					paragraphs(ofProgram, NarrativeSection.DIFFICULTY),
					paragraphs(ofProgram, NarrativeSection.KEY_TASK)));
		}
		return result;
	}

	@Transactional
	public void add(AppUserPrincipal user, String orgUnitCode, String programCode, Quarter quarter,
			NarrativeSection section, String text) {
		Permissions.requireReviewWriter(user);
		this.periods.requireOpen(quarter);
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		ProgramView program = this.programs.findByCode(programCode)
			.filter(found -> user.scope().covers(found.id()))
			.orElseThrow(() -> new NotFoundException("program", programCode));
		int position = this.entries.lastPosition(unit.id(), program.id(), quarter.year(), quarter.quarter(), section)
				+ 1;
		NarrativeEntry entry = new NarrativeEntry(unit.id(), program.id(), quarter, section, position);
		entry.write(text, user.getUsername(), this.clock.instant());
		this.entries.save(entry);
	}

	/**
	 * A paragraph as it stands now, for its edit form.
	 */
	public WrittenParagraph paragraph(AppUserPrincipal user, long id) {
		Permissions.requireReviewWriter(user);
		NarrativeEntry entry = visible(user, id);
		ProgramView program = this.programs.findById(entry.getProgramId()).orElseThrow();
		return new WrittenParagraph(
				new Paragraph(entry.getId(), entry.getVersion(), entry.getText(), entry.getWrittenBy(),
						entry.getWrittenAt()),
				program.code(), program.name(), entry.getSection(), entry.getQuarter(),
				this.orgUnits.visibleUnit(user.scope(), entry.getOrgUnitId()).code());
	}

	/**
	 * Replaces a paragraph's text, provided nobody saved it since the writer opened it
	 * (the version they read); otherwise the optimistic-locking failure says so and
	 * nothing changes.
	 */
	@Transactional
	public void rewrite(AppUserPrincipal user, long id, long versionRead, String text) {
		Permissions.requireReviewWriter(user);
		NarrativeEntry entry = visible(user, id);
		this.periods.requireOpen(entry.getQuarter());
		if (entry.getVersion() != versionRead) {
			throw new ObjectOptimisticLockingFailureException(NarrativeEntry.class, id);
		}
		entry.write(text, user.getUsername(), this.clock.instant());
	}

	@Transactional
	public void delete(AppUserPrincipal user, long id) {
		Permissions.requireReviewWriter(user);
		NarrativeEntry entry = visible(user, id);
		this.periods.requireOpen(entry.getQuarter());
		this.entries.delete(entry);
	}

	private NarrativeEntry visible(AppUserPrincipal user, long id) {
		NarrativeEntry entry = this.entries.findById(id)
			.filter(found -> user.scope().covers(found.getProgramId()))
			.orElseThrow(() -> new NotFoundException("narrative", id));
		this.orgUnits.visibleUnit(user.scope(), entry.getOrgUnitId());
		return entry;
	}

	private static List<Paragraph> paragraphs(List<NarrativeEntry> entries, NarrativeSection section) {
		return entries.stream()
			.filter(entry -> entry.getSection() == section)
			.map(entry -> new Paragraph(entry.getId(), entry.getVersion(), entry.getText(), entry.getWrittenBy(),
					entry.getWrittenAt()))
			.toList();
	}

	/**
	 * A paragraph with what it belongs to: program, section, quarter and org unit.
	 */
	public record WrittenParagraph(Paragraph paragraph, String programCode, LocalizedName programName,
			NarrativeSection section, Quarter quarter, String orgUnitCode) {

	}

}
