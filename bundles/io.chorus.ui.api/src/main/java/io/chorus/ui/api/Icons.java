package io.chorus.ui.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's icon set: the Eclipse Platform's icons (EPL-2.0, with @2x variants for high-DPI screens), so every
 * view, command and perspective looks like part of one product. Contributions name an icon ({@code "refresh"}) in
 * their {@code icon} property; views use {@link #image} for their own buttons. Images are shared per display and
 * disposed with it: never dispose one yourself.
 */
public final class Icons {

    /** Name to path inside this bundle; the @2x file sits beside each. */
    private static final Map<String, String> PATHS = Map.ofEntries(
            ui("add", "obj16/add_obj"), ui("remove", "elcl16/remove"), ui("removeAll", "elcl16/removeall"),
            ui("refresh", "elcl16/refresh_nav"), ui("stop", "elcl16/progress_stop"), ui("undo", "etool16/undo_edit"),
            ui("redo", "etool16/redo_edit"), ui("save", "etool16/save_edit"), ui("saveAll", "etool16/saveall_edit"),
            ui("copy", "etool16/copy_edit"), ui("cut", "etool16/cut_edit"), ui("paste", "etool16/paste_edit"),
            ui("search", "etool16/search"), ui("export", "etool16/export_wiz"), ui("import", "etool16/import_wiz"),
            ui("new", "etool16/new_wiz"), ui("help", "etool16/help_contents"), ui("print", "etool16/print_edit"),
            ui("clear", "etool16/clear"), ui("perspective", "eview16/new_persp"), ui("properties", "eview16/prop_ps"),
            ui("tasks", "eview16/tasks_tsk"), ui("problems", "eview16/problems_view"),
            ui("bookmark", "eview16/bkmrk_nav"), ui("outline", "eview16/outline_co"), ui("home", "elcl16/home_nav"),
            ui("collapseAll", "elcl16/collapseall"), ui("expandAll", "elcl16/expandall"),
            ui("error", "obj16/error_tsk"), ui("warning", "obj16/warn_tsk"), ui("info", "obj16/info_tsk"),
            ui("folder", "obj16/fldr_obj"), ui("file", "obj16/file_obj"), ui("features", "obj16/activity_category"),
            ui("module", "obj16/activity"), ui("elements", "obj16/elements_obj"),
            ui("running", "progress/progress_task"), ui("done", "progress/progress_ok"),
            ui("failed", "progress/progress_error"),
            ide("filter", "elcl16/filter_ps"), ide("settings", "elcl16/configs"), ide("keys", "obj16/keyspref_obj"),
            ide("progress", "eview16/pview"), ide("welcome", "obj16/welcome_item"), ide("project", "obj16/prj_obj"),
            ide("next", "etool16/next_nav"), ide("previous", "etool16/prev_nav"), ide("run", "etool16/build_exec"),
            Map.entry("errorLog", "icons/ui-views-log/icons/eview16/error_log"),
            Map.entry("stack", "icons/ui-views-log/icons/obj16/error_stack"));

    private static final Map<Display, Map<String, Image>> IMAGES = new ConcurrentHashMap<>();

    private Icons() {
    }

    private static Map.Entry<String, String> ui(String name, String path) {
        return Map.entry(name, "icons/ui/icons/full/" + path);
    }

    private static Map.Entry<String, String> ide(String name, String path) {
        return Map.entry(name, "icons/ui-ide/icons/full/" + path);
    }

    /** The names of the icons in the set. */
    public static java.util.Set<String> names() {
        return PATHS.keySet();
    }

    /**
     * The icon of a name, at the display's zoom (the @2x file at 200%), or empty for an unknown name or an empty one.
     * Call on the UI thread.
     */
    public static Optional<Image> image(Display display, String name) {
        if (name == null || name.isEmpty() || !PATHS.containsKey(name)) {
            return Optional.empty();
        }
        Map<String, Image> images = IMAGES.computeIfAbsent(display, key -> {
            Map<String, Image> created = new ConcurrentHashMap<>();
            key.disposeExec(() -> {
                created.values().forEach(Image::dispose);
                IMAGES.remove(key);
            });
            return created;
        });
        return Optional.ofNullable(images.computeIfAbsent(name, key -> create(display, PATHS.get(key))));
    }

    private static Image create(Display display, String path) {
        URL normal = Icons.class.getResource(path + ".png");
        if (normal == null) {
            return null;
        }
        URL doubled = Icons.class.getResource(path + "@2x.png");
        ImageDataProvider provider = zoom -> {
            if (zoom == 100) {
                return read(normal);
            }
            if (zoom == 200 && doubled != null) {
                return read(doubled);
            }
            return null; // SWT scales the 100% image for other zooms
        };
        return new Image(display, provider);
    }

    private static ImageData read(URL url) {
        try (InputStream in = url.openStream()) {
            return new ImageData(in);
        } catch (IOException e) {
            throw new org.eclipse.swt.SWTException(SWT.ERROR_IO, url + ": " + e.getMessage());
        }
    }
}
