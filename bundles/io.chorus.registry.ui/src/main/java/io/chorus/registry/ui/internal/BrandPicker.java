package io.chorus.registry.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.chorus.api.registry.Brand;
import io.chorus.ui.api.Texts;

/** "Brand: [Acme Robotics (@acme)]": which brand a Setup view shows; it keeps its choice when the brands change. */
final class BrandPicker {

    private final Combo combo;
    private List<Brand> shown = List.of();

    BrandPicker(Composite parent, Texts texts, String widget, Runnable onChoice) {
        new Label(parent, SWT.NONE).setText(texts.get("brand"));
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(Widgets.NAME, widget);
        combo.setLayoutData(new GridData(220, SWT.DEFAULT));
        combo.addListener(SWT.Selection, event -> onChoice.run());
    }

    /** Shows these brands; the one chosen before stays chosen if it is still there, else the first. */
    void show(List<Brand> brands) {
        String chosen = chosen().map(Brand::id).orElse(null);
        shown = List.copyOf(brands);
        combo.removeAll();
        int index = 0;
        for (int i = 0; i < shown.size(); i++) {
            Brand brand = shown.get(i);
            combo.add(brand.name() + " (@" + brand.id() + ")");
            if (brand.id().equals(chosen)) {
                index = i;
            }
        }
        if (!shown.isEmpty()) {
            combo.select(index);
        }
    }

    Optional<Brand> chosen() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    boolean isDisposed() {
        return combo.isDisposed();
    }

    /** For dialogs that belong to the view. */
    org.eclipse.swt.widgets.Shell getShell() {
        return combo.getShell();
    }
}
