package org.programtracker.infrastructure.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.beans.PropertyEditorRegistrySupport;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Makes a refused amount stay refused. When a formatter such as the one for million đồng
 * refuses the text, Spring's bean binding falls back to its default editor for the type,
 * and the default one for {@code BigDecimal} reads {@code 2.5} or {@code 1234567890123}
 * as plain đồng: a Vietnamese "2.5" would be saved as two and a half đồng. Here the
 * default editor for {@code BigDecimal} leaves the text as it is, so the formatter's own
 * refusal is what the form reports. The conversion service reads every
 * {@code BigDecimal}, so the default editor is only ever reached after a refusal.
 */
@Component
class StrictAmountBinding implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
				return new StrictBinderFactory(binderMethods, this);
			}

		};
	}

	private static final class StrictBinderFactory extends ServletRequestDataBinderFactory {

		StrictBinderFactory(List<InvocableHandlerMethod> binderMethods, RequestMappingHandlerAdapter adapter) {
			super(binderMethods, adapter.getWebBindingInitializer());
		}

		@Override
		protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
				NativeWebRequest request) {
			return new ExtendedServletRequestDataBinder(target, objectName) {

				@Override
				protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
					AbstractPropertyBindingResult result = super.createBeanPropertyBindingResult();
					// A request body that is absent (an actuator GET) binds no target:
					// there
					// are no properties to read, and asking for their accessor would
					// fail.
					if (getTarget() != null
							&& result.getPropertyAccessor() instanceof PropertyEditorRegistrySupport editors) {
						editors.overrideDefaultEditor(BigDecimal.class, new TextKeepingEditor());
					}
					return result;
				}

			};
		}

	}

	/**
	 * Leaves text as text, so that the conversion service's refusal stands.
	 */
	private static final class TextKeepingEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

	}

}
