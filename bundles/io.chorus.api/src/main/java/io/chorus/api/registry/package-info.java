/**
 * The brand's semantic core, shared by every module: brands and competitors, their typed entries (names, products,
 * people, shop addresses, trademarks, hashtags, intent phrases, context words, exclusions), and the spelling variants
 * Chorus generates for each entry and people review.
 *
 * <p>{@link io.chorus.api.registry.KeywordRegistry} is the merged view: brands people manage (stored in the
 * workspace) plus brands and entries that plugins contribute through {@link io.chorus.api.registry.KeywordProvider}
 * services (the Registry / Provider / ManagedProvider pattern of openHAB). {@link
 * io.chorus.api.registry.VariantGenerator} services propose variants; the registry ranks them and keeps each entry
 * within its budget.
 */
@Export
@Version("1.0.0")
package io.chorus.api.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
