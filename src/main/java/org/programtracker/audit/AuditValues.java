package org.programtracker.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of an audited value as a JSON object, and back. Numbers are written and read
 * as exact decimals, never through a {@code double}, so an amount in đồng comes back to
 * the last đồng; dates are written as ISO dates ({@code 2024-05-20}) and read back as
 * text. The mapper is the audit trail's own: no setting made for the API changes what the
 * audit trail has written.
 */
final class AuditValues {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	private AuditValues() {
	}

	static String toJson(Map<String, Object> fields) {
		if (fields == null) {
			return null;
		}
		ObjectNode object = JSON.createObjectNode();
		fields.forEach((name, value) -> {
			if (value == null) {
				object.putNull(name);
			}
			else if (value instanceof BigDecimal decimal) {
				object.put(name, decimal);
			}
			else if (value instanceof Integer || value instanceof Long) {
				object.put(name, ((Number) value).longValue());
			}
			else if (value instanceof Boolean flag) {
				object.put(name, flag);
			}
			else if (value instanceof String || value instanceof LocalDate) {
				object.put(name, value.toString());
			}
			else {
				throw new IllegalArgumentException("Cannot audit " + value.getClass().getName() + " (" + name + ")");
			}
		});
		return JSON.writeValueAsString(object);
	}

	/**
	 * The fields of a JSON object in the order they come: numbers as {@link BigDecimal},
	 * yes/no as {@link Boolean}, everything else as text.
	 */
	static Map<String, Object> fromJson(String json) {
		if (json == null) {
			return null;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : JSON.readTree(json).properties()) {
			JsonNode value = field.getValue();
			fields.put(field.getKey(),
					value.isNull() ? null : value.isNumber() ? value.decimalValue() : value.isBoolean()
							? value.booleanValue() : value.isString() ? value.stringValue() : value.toString());
		}
		return Collections.unmodifiableMap(fields);
	}

}
