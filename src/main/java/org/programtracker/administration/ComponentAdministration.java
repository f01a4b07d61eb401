package org.programtracker.administration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.programtracker.administration.ComponentEvent.ComponentChanged;
import org.programtracker.administration.ComponentEvent.ComponentCreated;
import org.programtracker.administration.ComponentEvent.ComponentDeleted;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.program.ComponentKind;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.References.Referenced;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.LocalizedName;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the tree of projects, sub-projects and content areas under each program:
 * administrators only. A component's parent belongs to the same program and never lies
 * below the component itself; its code, like a program's, never changes once created.
 */
@Service
@Transactional(readOnly = true)
public class ComponentAdministration {

	private static final int MAX_NAME = 300;

	private final ProgramService programs;

	private final PlanLineService planLines;

	private final Dependencies dependencies;

	private final ApplicationEventPublisher events;

	ComponentAdministration(ProgramService programs, PlanLineService planLines, Dependencies dependencies,
			ApplicationEventPublisher events) {
		this.events = events;
		this.programs = programs;
		this.planLines = planLines;
		this.dependencies = dependencies;
	}

	/**
	 * The program's components in tree order: each project followed by what lies under
	 * it, siblings by sort order then code.
	 */
	public ComponentTree tree(AppUserPrincipal user, String programCode) {
		Permissions.requireAdmin(user);
		ProgramView program = program(programCode);
		return new ComponentTree(program.code(), program.name(), program.archived(), nodes(program, null));
	}

	/**
	 * The components that may become the parent of the given one (all of the program's
	 * for a new one): none of its own subtree.
	 */
	public List<ComponentNode> parentChoices(AppUserPrincipal user, String programCode, String componentCode) {
		Permissions.requireAdmin(user);
		ProgramView program = program(programCode);
		return nodes(program, (componentCode != null) ? find(program, componentCode) : null);
	}

	public ComponentView component(AppUserPrincipal user, String programCode, String code) {
		Permissions.requireAdmin(user);
		ProgramView program = program(programCode);
		ProgramComponentView component = find(program, code);
		return ComponentView.of(program, component, parentOf(component));
	}

	@Transactional
	public ProgramComponentView create(AppUserPrincipal user, String programCode, String code,
			ComponentDetails details) {
		Permissions.requireAdmin(user);
		ProgramView program = program(programCode);
		String checkedCode = Validation.code(code);
		if (this.programs.findComponent(program, checkedCode).isPresent()) {
			throw new RuleViolationException("code", "admin.codeTaken", checkedCode);
		}
		ComponentKind kind = checkedKind(details.kind());
		String nameVi = Validation.name("nameVi", details.nameVi(), MAX_NAME);
		String nameEn = checkedEnglishName(details.nameEn());
		ProgramComponentView parent = parent(program, details.parent());
		int sortOrder = (details.sortOrder() != null) ? Validation.sortOrder(details.sortOrder())
				: this.programs.componentsOf(program).size();
		ProgramComponentView created = this.programs.createComponent(program, (parent == null) ? null : parent.id(),
				checkedCode, kind, nameVi, nameEn, sortOrder);
		this.events.publishEvent(new ComponentCreated(created.id(),
				audited(user, AuditAction.CREATE, created, null, describe(program, created, parent))));
		return created;
	}

	/**
	 * Changes names, kind, parent and sort order, if nobody saved the component since the
	 * caller read it at {@code expectedVersion}.
	 */
	@Transactional
	public ProgramComponentView change(AppUserPrincipal user, String programCode, String code, long expectedVersion,
			ComponentDetails details) {
		Permissions.requireAdmin(user);
		ProgramView program = program(programCode);
		ProgramComponentView component = find(program, code);
		if (component.version() != expectedVersion) {
			throw new ConflictException("component", code);
		}
		Map<String, Object> before = describe(program, component, parentOf(component));
		ComponentKind kind = checkedKind(details.kind());
		String nameVi = Validation.name("nameVi", details.nameVi(), MAX_NAME);
		String nameEn = checkedEnglishName(details.nameEn());
		ProgramComponentView parent = parent(program, details.parent());
		ProgramComponentView changed = this.programs.changeComponent(component.id(),
				(parent == null) ? null : parent.id(), kind, nameVi, nameEn,
				(details.sortOrder() != null) ? Validation.sortOrder(details.sortOrder()) : null);
		Map<String, Object> after = describe(program, changed, parent);
		if (!after.equals(before)) {
			this.events.publishEvent(
					new ComponentChanged(changed.id(), audited(user, AuditAction.CHANGE, changed, before, after)));
		}
		return changed;
	}

	public ComponentDependents dependents(AppUserPrincipal user, String programCode, String code) {
		Permissions.requireAdmin(user);
		return dependentsOf(find(program(programCode), code));
	}

	/**
	 * Deletes a component that has neither plan lines nor components under it.
	 */
	@Transactional
	public void delete(AppUserPrincipal user, String programCode, String code, long expectedVersion) {
		Permissions.requireAdmin(user);
		ProgramView program = program(programCode);
		ProgramComponentView component = find(program, code);
		if (component.version() != expectedVersion) {
			throw new ConflictException("component", code);
		}
		if (!dependentsOf(component).isEmpty()) {
			throw new RuleViolationException(null, "component.delete.refused");
		}
		this.events.publishEvent(new ComponentDeleted(component.id(),
				audited(user, AuditAction.DELETE, component, describe(program, component, parentOf(component)), null)));
		this.programs.deleteComponent(component.id());
	}

	private ComponentDependents dependentsOf(ProgramComponentView component) {
		Map<String, Long> counts = this.dependencies.countsOf(Referenced.COMPONENT, component.id());
		return new ComponentDependents(counts.getOrDefault("planLines", 0L), counts.getOrDefault("children", 0L));
	}

	/**
	 * The program's components in tree order, leaving out {@code excluded} and everything
	 * under it.
	 */
	private List<ComponentNode> nodes(ProgramView program, ProgramComponentView excluded) {
		List<ProgramComponentView> all = this.programs.componentsOf(program);
		Map<Long, List<ProgramComponentView>> byParent = new HashMap<>();
		for (ProgramComponentView component : all) {
			byParent.computeIfAbsent(component.parentId(), (id) -> new ArrayList<>()).add(component);
		}
		Map<Long, Long> planLines = this.planLines.lineCountsByComponent(program.id());
		List<ComponentNode> nodes = new ArrayList<>();
		addNodes(byParent, null, 0, excluded, planLines, nodes);
		return nodes;
	}

	private static void addNodes(Map<Long, List<ProgramComponentView>> byParent, Long parentId, int depth,
			ProgramComponentView excluded, Map<Long, Long> planLines, List<ComponentNode> nodes) {
		for (ProgramComponentView component : byParent.getOrDefault(parentId, List.of())) {
			if (excluded != null && component.id() == excluded.id()) {
				continue;
			}
			List<ProgramComponentView> children = byParent.getOrDefault(component.id(), List.of());
			nodes.add(new ComponentNode(component.code(), component.name(), component.kind(), depth,
					component.sortOrder(), children.size(), planLines.getOrDefault(component.id(), 0L)));
			addNodes(byParent, component.id(), depth + 1, excluded, planLines, nodes);
		}
	}

	private ProgramComponentView parent(ProgramView program, String parentCode) {
		if (parentCode == null || parentCode.isBlank()) {
			return null;
		}
		return this.programs.findComponent(program, parentCode.strip())
			.orElseThrow(() -> new RuleViolationException("parent", "component.noSuchParent"));
	}

	private static ComponentKind checkedKind(ComponentKind kind) {
		if (kind == null) {
			throw new RuleViolationException("kind", "field.required");
		}
		return kind;
	}

	private static String checkedEnglishName(String nameEn) {
		if (nameEn != null && nameEn.strip().length() > MAX_NAME) {
			throw new RuleViolationException("nameEn", "field.tooLong", MAX_NAME);
		}
		return nameEn;
	}

	private ProgramView program(String code) {
		return this.programs.findByCode(code).orElseThrow(() -> new NotFoundException("program", code));
	}

	private ProgramComponentView find(ProgramView program, String code) {
		return this.programs.findComponent(program, code).orElseThrow(() -> new NotFoundException("component", code));
	}

	private ProgramComponentView parentOf(ProgramComponentView component) {
		return (component.parentId() == null) ? null
				: this.programs.componentsByIds(List.of(component.parentId())).get(component.parentId());
	}

	/**
	 * The audit row names the component by its id only, so that its history neither keeps
	 * it from being deleted nor vanishes with it.
	 */
	private static AuditedChange audited(AppUserPrincipal user, AuditAction action, ProgramComponentView component,
			Map<String, Object> before, Map<String, Object> after) {
		return new AuditedChange(user.username(), action, AuditSubject.COMPONENT, component.id(), null, null, null,
				null, before, after, null);
	}

	/**
	 * The audited fields of a component of {@code program} under {@code parent}
	 * ({@code null} at the top of the tree).
	 */
	static Map<String, Object> describe(ProgramView program, ProgramComponentView component,
			ProgramComponentView parent) {
		return AuditedChange.fields("program", program.code(), "code", component.code(), "parent",
				(parent != null) ? parent.code() : null, "kind", component.kind(), "nameVi", component.name().vi(),
				"nameEn", component.name().en(), "sortOrder", component.sortOrder());
	}

	/**
	 * What an administrator types about a component, besides its code: the parent's code
	 * (blank for the top of the tree). No sort order keeps the component where it is.
	 */
	public record ComponentDetails(String parent, ComponentKind kind, String nameVi, String nameEn, Integer sortOrder) {

	}

	/**
	 * A program's component tree, flattened in display order.
	 */
	public record ComponentTree(String programCode, LocalizedName programName, boolean programArchived,
			List<ComponentNode> components) {

	}

	/**
	 * A component in the tree: its depth, how many components lie directly under it and
	 * how many plan lines name it.
	 */
	public record ComponentNode(String code, LocalizedName name, ComponentKind kind, int depth, int sortOrder,
			int children, long planLines) {

	}

	/**
	 * A component as saved, for its form and its deletion page.
	 */
	public record ComponentView(String programCode, LocalizedName programName, String code, LocalizedName name,
			ComponentKind kind, String parentCode, LocalizedName parentName, int sortOrder, long version) {

		static ComponentView of(ProgramView program, ProgramComponentView component, ProgramComponentView parent) {
			return new ComponentView(program.code(), program.name(), component.code(), component.name(),
					component.kind(), (parent != null) ? parent.code() : null, (parent != null) ? parent.name() : null,
					component.sortOrder(), component.version());
		}

	}

	/**
	 * How many plan lines name the component and how many components lie directly under
	 * it.
	 */
	public record ComponentDependents(long planLines, long children) {

		public boolean isEmpty() {
			return this.planLines + this.children == 0;
		}

	}

}
