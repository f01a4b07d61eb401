package org.programtracker.disbursement;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet container takes every field of the longest grid that may be entered at
 * once: a field added to a row, or a longer grid, must come with a higher limit.
 */
@IntegrationTest
class GridLimitsTests {

	@Autowired
	private Environment environment;

	@Test
	void shouldTakeEveryFieldOfTheLongestGridThatIsEnteredAtOnce() {
		long fieldsPerRow = Arrays.stream(GridForm.RowForm.class.getDeclaredFields())
			.filter(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers()))
			.count();
		long limit = this.environment.getRequiredProperty("server.tomcat.max-parameter-count", Long.class);
		// the CSRF token and the address's own parameters (unit, year, quarter, language)
		long otherFields = 10;

		assertThat(fieldsPerRow).isEqualTo(10);
		assertThat(limit).isGreaterThanOrEqualTo(Grid.MAX_EDITABLE_ROWS * fieldsPerRow + otherFields);
		DataSize postSize = DataSize
			.parse(this.environment.getRequiredProperty("server.tomcat.max-http-form-post-size"));
		// each row's numbers and names (about 300 bytes) and on every line a note a
		// quarter of the
		// longest (500 Vietnamese characters, 9 bytes each once percent-encoded)
		long row = 300 + 500 * 9;
		assertThat(postSize.toBytes()).isGreaterThanOrEqualTo(Grid.MAX_EDITABLE_ROWS * row);
	}

}
