package org.programtracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

	/**
	 * The four faces, read once from the classpath.
	 */
	private static final Map<String, byte[]> FACES = new ConcurrentHashMap<>();

	/**
	 * The faces' metrics, worked out by the first rendering and kept for the others,
	 * which would otherwise parse every face again to lay the text out.
	 */
	private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

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

	/**
	 * Lays the document out and writes it. The faces are given to the renderer as fonts
	 * of the document without their glyph substitutions (ligatures): PDFBox applies them
	 * to every run of text by compiling regular expressions over the font's ligature
	 * table, which took two thirds of the rendering time, and the report needs none. The
	 * text is put in composed form first (NFC), so that a letter typed with combining
	 * marks is drawn with the font's precomposed Vietnamese glyph.
	 */
	byte[] pdf(String html) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
			font(builder, document, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
			font(builder, document, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, document, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
			font(builder, document, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
			builder.withW3cDocument(
					new W3CDom().fromJsoup(Jsoup.parse(Normalizer.normalize(html, Normalizer.Form.NFC))), staticBase());
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the summary to PDF", ex);
		}
	}

	private static void font(PdfRendererBuilder builder, PDDocument document, String file, int weight, FontStyle style)
			throws IOException {
		byte[] face = FACES.computeIfAbsent(file, (name) -> read("fonts/" + name));
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face));
		font.setEnableGsub(false);
		builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FONT_FAMILY, weight, style, true);
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String staticBase() throws IOException {
		return new ClassPathResource("static/").getURL().toExternalForm();
	}

}
