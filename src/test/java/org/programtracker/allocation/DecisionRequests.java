package org.programtracker.allocation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The decision form as a browser posts it: a valid allocation of 1.500 million to Hua
 * Bum's infrastructure line of 2024, with {@code overrides} replacing fields.
 */
final class DecisionRequests {

	private DecisionRequests() {
	}

	static MockMvcRequestBuilder create(MockMvcTester mvc, Map<String, String> overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("orgUnit", "HUA_BUM");
		values.put("program", "NTM");
		values.put("component", "ND02");
		values.put("capitalType", "INVESTMENT");
		values.put("planYear", "2024");
		values.put("originYear", "");
		values.put("kind", "ALLOCATION");
		values.put("decisionNumber", "77/QĐ-UBND");
		values.put("decisionDate", "2024-07-15");
		values.put("amount", "1.500");
		values.put("note", "Giao vốn đợt 2");
		values.putAll(overrides);
		MockMvcRequestBuilder request = mvc.post().uri("/allocations").with(csrf());
		values.forEach(request::param);
		return request;
	}

}
