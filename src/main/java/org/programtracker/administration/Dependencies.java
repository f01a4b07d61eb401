package org.programtracker.administration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.programtracker.kernel.References;
import org.programtracker.kernel.References.Reference;
import org.programtracker.kernel.References.Referenced;

import org.springframework.stereotype.Component;

/**
 * Everything that refers to an org unit, a program or a component and so keeps it from
 * being deleted, as every feature answers for its own records: units below or after it,
 * accounts, programs, plan lines, report texts and figures, directives and history. Read
 * only when an administrator asks to delete.
 */
@Component
class Dependencies {

	private final List<References> features;

	Dependencies(List<References> features) {
		this.features = features;
	}

	List<OrgUnitDependency> of(long orgUnitId) {
		return of(Referenced.ORG_UNIT, orgUnitId).stream()
			.map(reference -> new OrgUnitDependency(reference.kind(), reference.count(), reference.detail()))
			.toList();
	}

	/**
	 * How many things of each kind refer to the item; a kind that none does is absent.
	 */
	Map<String, Long> countsOf(Referenced item, long id) {
		return of(item, id).stream().collect(Collectors.toMap(Reference::kind, Reference::count, Long::sum));
	}

	private List<Reference> of(Referenced item, long id) {
		return this.features.stream().flatMap(feature -> feature.to(item, id).stream()).toList();
	}

}
