package org.programtracker.assignment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The assignment form as a browser posts it: a valid envelope of 1.500 million of 2025
 * recurrent capital that the district assigns to Hua Bum, with {@code overrides}
 * replacing fields.
 */
final class AssignmentRequests {

	static final String NUMBER = "77/QĐ-UBND";

	private AssignmentRequests() {
	}

	static MockMvcRequestBuilder create(MockMvcTester mvc, Map<String, String> overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("orgUnit", "HUA_BUM");
		values.put("from", "NAM_NHUN");
		values.put("program", "NTM");
		values.put("capitalType", "RECURRENT");
		values.put("fundingSource", "CENTRAL");
		values.put("planYear", "2025");
		values.put("originYear", "");
		values.put("decisionNumber", NUMBER);
		values.put("decisionDate", "2025-07-15");
		values.put("amount", "1.500");
		values.put("note", "Giao bổ sung đợt 2");
		values.putAll(overrides);
		MockMvcRequestBuilder request = mvc.post().uri("/assignments").with(csrf());
		values.forEach(request::param);
		return request;
	}

}
