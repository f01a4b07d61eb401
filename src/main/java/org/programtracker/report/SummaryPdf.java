package org.programtracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the quarterly summary to PDF on the server from the same template as the page.
 * The document is set in Liberation Serif (metric-compatible with the Times New Roman
 * that Decree 30/2020/NĐ-CP prescribes, every Vietnamese letter included), embedded in
 * its four real faces, so that no bold or italic is ever synthesised.
 */
@Component
class SummaryPdf {

	/**
	 * The family the report's stylesheet names; the four faces below are all it has.
	 */
	static final String FONT_FAMILY = "Liberation Serif";

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	SummaryPdf(SpringTemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	byte[] render(QuarterlySummary summary, Locale locale) {
		return pdf(html(summary, locale));
	}

	/**
	 * The document as the renderer reads it, its figures formatted for {@code locale}
	 * whatever the request's (the formats read the locale of the thread).
	 */
	String html(QuarterlySummary summary, Locale locale) {
		Context context = new Context(locale, Map.of("summary", summary));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder
			.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, LocaleContextHolder.getTimeZone()));
		try {
			return this.templates.process("report/pdf", context);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	byte[] pdf(String html) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
			font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
			font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), staticBase());
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the summary to PDF", ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> open("fonts/" + file), FONT_FAMILY, weight, style, true);
	}

	private static InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String staticBase() throws IOException {
		return new ClassPathResource("static/").getURL().toExternalForm();
	}

}
