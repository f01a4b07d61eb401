package org.programtracker.program;

import org.programtracker.kernel.LocalizedName;

/**
 * A project, sub-project or content area of a program as other features see it;
 * components form a tree under their program, each naming its parent by id.
 *
 * @param id the component's id
 * @param version the version saved, for an optimistic check
 * @param programId the program it belongs to
 * @param parentId the component it lies under, {@code null} at the top of the tree
 * @param code its code, unique within the program
 * @param kind its kind
 * @param name its names
 * @param sortOrder its place among its siblings
 */
public record ProgramComponentView(long id, long version, long programId, Long parentId, String code,
		ComponentKind kind, LocalizedName name, int sortOrder) {

}
