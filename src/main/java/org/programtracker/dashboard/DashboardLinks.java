package org.programtracker.dashboard;

import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressTableLinks;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the dashboard's links so that every view keeps its whole state in the URL:
 * period, org unit, program, component and presentation mode. A view can be bookmarked
 * and shared.
 */
public final class DashboardLinks {

	private final DashboardPeriod period;

	private final boolean present;

	DashboardLinks(DashboardPeriod period, boolean present) {
		this.period = period;
		this.present = present;
	}

	public boolean present() {
		return this.present;
	}

	public String overview(String orgUnit) {
		UriComponentsBuilder builder = with(UriComponentsBuilder.fromPath("/dashboard"), true);
		if (orgUnit != null) {
			builder.queryParam("orgUnit", orgUnit);
		}
		return builder.build().encode().toUriString();
	}

	public String program(String program, String component, String orgUnit) {
		UriComponentsBuilder builder = with(UriComponentsBuilder.fromPath("/dashboard/programs/{program}"), true);
		if (component != null) {
			builder.queryParam("component", component);
		}
		if (orgUnit != null) {
			builder.queryParam("orgUnit", orgUnit);
		}
		return builder.buildAndExpand(program).encode().toUriString();
	}

	/**
	 * The links of a progress table's rows: each row's item and figures lead to its
	 * drill-down, in the report's unit; the capital not assigned to a component leads
	 * nowhere.
	 */
	public ProgressTableLinks rows(ProgressReport report) {
		String program = report.level().programCode();
		String orgUnit = report.orgUnitCode();
		return new ProgressTableLinks() {

			@Override
			public String item(ProgressRow row) {
				if (program == null) {
					return program(row.code(), null, orgUnit);
				}
				return (row.code() != null) ? program(program, row.code(), orgUnit) : null;
			}

			@Override
			public String figures(ProgressRow row) {
				return item(row);
			}

		};
	}

	public String line(long id) {
		return with(UriComponentsBuilder.fromPath("/dashboard/lines/{id}"), false).buildAndExpand(id)
			.encode()
			.toUriString();
	}

	/**
	 * The same view with presentation mode switched.
	 */
	public String togglePresent(String path, String query) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("present");
		if (!this.present) {
			builder.queryParam("present", "1");
		}
		return builder.build().toUriString();
	}

	private UriComponentsBuilder with(UriComponentsBuilder builder, boolean withYear) {
		if (withYear && !this.period.asOfToday()) {
			builder.queryParam("year", this.period.quarter().year());
		}
		builder.queryParam("quarter", this.period.quarterParameter());
		if (this.present) {
			builder.queryParam("present", "1");
		}
		return builder;
	}

}
