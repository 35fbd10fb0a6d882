package io.chorus.registry.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.platform.Channel;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformRegistry;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.RegistryException;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * A brand's channels: its official accounts and the personas that speak for it on platforms, each with its handle,
 * page, disclosure and time zone. Channels are added, changed and removed here and saved with the brand at once; a
 * channel on a platform no installed connector knows is kept and marked.
 */
@Component
@View(id = ChannelsView.ID, label = "%view.channels", category = "%category.setup", icon = "project")
public final class ChannelsView implements ViewContribution {

    static final String ID = "io.chorus.registry.channels";

    private final KeywordRegistry registry;
    private final PlatformRegistry platforms;
    private final Texts texts;

    @Activate
    public ChannelsView(BundleContext context, @Reference KeywordRegistry registry,
                        @Reference PlatformRegistry platforms) {
        this.registry = registry;
        this.platforms = platforms;
        this.texts = Texts.of(context.getBundle(), Locale.getDefault());
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        return new Part(parent, site);
    }

    /** One open Channels view. */
    private final class Part implements ViewPart {
        private final Display display;
        private final ViewSite site;
        private final BrandPicker brands;
        private final TableViewer channels;
        private final Button edit;
        private final Button remove;
        private final Runnable changed;
        private Map<String, Platform> known = Map.of();
        /** The channel to select after the next refresh: the one just added or changed. */
        private String selectNext;

        Part(Composite parent, ViewSite site) {
            this.display = parent.getDisplay();
            this.site = site;
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(1, false));

            Composite bar = new Composite(body, SWT.NONE);
            bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            bar.setLayout(new GridLayout(5, false));
            brands = new BrandPicker(bar, texts, "channels-brands", this::showChannels);
            button(bar, "channels.add", "channels-add", event -> add());
            edit = button(bar, "channels.edit", "channels-edit", event -> edit());
            remove = button(bar, "channels.remove", "channels-remove", event -> remove());

            channels = Widgets.table(body, "channels", SWT.MULTI, 1);
            ColumnViewerToolTipSupport.enableFor(channels);
            Color unknown = display.getSystemColor(SWT.COLOR_DARK_RED);
            column("channels.column.platform", 190, this::platformName,
                    channel -> known.containsKey(channel.platformId()) ? null : unknown);
            column("channels.column.kind", 110, this::kind, channel -> null);
            column("channels.column.handle", 150, Channel::handle, channel -> null);
            column("channels.column.url", 200, Channel::url, channel -> null);
            column("channels.column.disclosure", 280, channel -> oneLine(channel.disclosure()), channel -> null);
            column("channels.column.timeZone", 140, channel -> channel.timeZone().isEmpty()
                    ? texts.get("channels.timeZone.default") : channel.timeZone(), channel -> null);
            channels.addSelectionChangedListener(event -> enableButtons());
            channels.addDoubleClickListener(event -> edit());
            channels.getTable().addListener(SWT.KeyDown, event -> {
                if (event.keyCode == SWT.DEL) {
                    remove();
                }
            });

            changed = () -> display.asyncExec(() -> {
                if (!brands.isDisposed()) {
                    refresh();
                }
            });
            registry.addChangeListener(changed);
            platforms.addChangeListener(changed);
            refresh();
        }

        private Button button(Composite parent, String key, String widget, org.eclipse.swt.widgets.Listener action) {
            return Widgets.button(parent, texts, key, widget, action);
        }

        /** The full disclosure shows when the pointer rests on a row, whichever column. */
        private void column(String key, int width, Function<Channel, String> text, Function<Channel, Color> color) {
            Widgets.column(channels, texts, key, width, Channel.class, text, color,
                    channel -> channel.disclosure().isEmpty() ? null : channel.disclosure());
        }

        private String platformName(Channel channel) {
            Platform platform = known.get(channel.platformId());
            return platform != null ? platform.name()
                    : texts.format("channels.platform.unknown", channel.platformId());
        }

        private String kind(Channel channel) {
            return switch (channel.kind()) {
                case OFFICIAL -> texts.get("channels.kind.official");
                case PERSONA -> texts.get("channels.kind.persona");
            };
        }

        private static String oneLine(String text) {
            return text.strip().replaceAll("\\s*\\R\\s*", " ");
        }

        private void refresh() {
            Map<String, Platform> platformsById = new HashMap<>();
            platforms.platforms().forEach(platform -> platformsById.put(platform.id(), platform));
            known = platformsById;
            brands.show(registry.brands());
            showChannels();
        }

        private Optional<Brand> selectedBrand() {
            return brands.chosen();
        }

        private List<Channel> selectedChannels() {
            List<Channel> selected = new ArrayList<>();
            for (Object element : ((IStructuredSelection) channels.getSelection()).toList()) {
                selected.add((Channel) element);
            }
            return selected;
        }

        private void showChannels() {
            Set<String> wanted = selectNext != null ? Set.of(selectNext)
                    : selectedChannels().stream().map(Channel::id).collect(Collectors.toSet());
            selectNext = null;
            List<Channel> list = selectedBrand().map(Brand::channels).orElse(List.of());
            channels.setInput(list);
            channels.setSelection(new StructuredSelection(list.stream().filter(c -> wanted.contains(c.id())).toList()),
                    true);
            enableButtons();
        }

        private void enableButtons() {
            boolean any = !channels.getSelection().isEmpty();
            edit.setEnabled(any);
            remove.setEnabled(any);
        }

        private void add() {
            Optional<Brand> brand = selectedBrand();
            if (brand.isEmpty()) {
                problem(texts.get("brand.none"));
                return;
            }
            new ChannelDialog(brands.getShell(), texts, brand.get(), platforms.platforms(), null).ask()
                    .ifPresent(channel -> change(brand.get(), list -> {
                        List<String> taken = list.stream().map(Channel::id).toList();
                        // Another channel may have taken the id while the dialog was open.
                        Channel added = !taken.contains(channel.id()) ? channel : new Channel(
                                ChannelInput.proposedId(channel.platformId(), channel.handle(), taken),
                                channel.platformId(), channel.kind(), channel.handle(), channel.url(),
                                channel.disclosure(), channel.timeZone());
                        list.add(added);
                        return added.id();
                    }));
        }

        private void edit() {
            Optional<Brand> brand = selectedBrand();
            List<Channel> selected = selectedChannels();
            if (brand.isEmpty() || selected.isEmpty()) {
                return;
            }
            Channel old = selected.get(0);
            new ChannelDialog(brands.getShell(), texts, brand.get(), platforms.platforms(), old).ask()
                    .ifPresent(channel -> change(brand.get(), list -> {
                        if (list.stream().anyMatch(c -> c.id().equals(old.id()))) {
                            list.replaceAll(c -> c.id().equals(old.id()) ? channel : c);
                        } else {
                            list.add(channel); // removed meanwhile: the edit brings it back
                        }
                        return channel.id();
                    }));
        }

        private void remove() {
            Optional<Brand> brand = selectedBrand();
            Set<String> removed = selectedChannels().stream().map(Channel::id).collect(Collectors.toSet());
            if (brand.isEmpty() || removed.isEmpty()) {
                return;
            }
            if (change(brand.get(), list -> {
                list.removeIf(c -> removed.contains(c.id()));
                return null;
            })) {
                site.setStatusMessage(texts.format("channels.removed", removed.size(), brand.get().name()));
            }
        }

        /**
         * Changes the channels of the brand as it is saved now, not as this view last showed it: a dialog stays open
         * for a while, and meanwhile other views (variants generated in the background) or a hand edit may have saved
         * the brand.
         *
         * @param change changes the list and returns the id of the channel to select afterwards, or null
         * @return whether the brand was saved
         */
        private boolean change(Brand shownBrand, Function<List<Channel>, String> change) {
            Brand brand = registry.brand(shownBrand.id()).orElse(shownBrand);
            List<Channel> list = new ArrayList<>(brand.channels());
            String select = change.apply(list);
            try {
                selectNext = select;
                registry.save(new Brand(brand.id(), brand.name(), brand.role(), brand.languages(), brand.entries(),
                        brand.rules(), list, brand.note()));
                return true;
            } catch (RegistryException e) {
                selectNext = null;
                problem(e.getMessage());
                return false;
            }
        }

        private void problem(String message) {
            MessageBox box = new MessageBox(brands.getShell(), SWT.ICON_WARNING | SWT.OK);
            box.setText(texts.get("view.channels"));
            box.setMessage(message);
            box.open();
        }

        @Override
        public void setFocus() {
            channels.getTable().setFocus();
        }

        @Override
        public void dispose() {
            registry.removeChangeListener(changed);
            platforms.removeChangeListener(changed);
        }
    }
}
