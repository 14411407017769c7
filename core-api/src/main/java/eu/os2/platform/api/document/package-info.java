/**
 * Documents people can read: a bundle describes a document (headings, paragraphs, facts, tables)
 * and the platform writes it as a tagged, accessible PDF.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
