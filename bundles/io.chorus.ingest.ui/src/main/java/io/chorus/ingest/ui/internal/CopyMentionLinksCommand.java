package io.chorus.ingest.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.chorus.api.mention.StoredMention;
import io.chorus.ui.api.Command;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/** Copies the links of the selected mentions, one per line, for a report or a colleague. */
@Component
@Command(id = CopyMentionLinksCommand.ID, label = "%command.copyLinks", keys = "M1+Shift+C",
        contexts = MentionsView.ID, category = "%category.monitoring")
public final class CopyMentionLinksCommand implements CommandHandler {

    static final String ID = "io.chorus.mentions.copyLinks";

    private final Texts texts;

    @Activate
    public CopyMentionLinksCommand(BundleContext context) {
        this.texts = Texts.of(context.getBundle(), Locale.getDefault());
    }

    @Override
    public void execute(Workbench workbench) {
        String links = links(workbench.selection());
        Clipboard clipboard = new Clipboard(workbench.display());
        try {
            clipboard.setContents(new Object[] {links}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        workbench.setStatusMessage(texts.format("command.copyLinks.done", links.lines().count()));
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return !links(workbench.selection()).isEmpty();
    }

    static String links(List<?> selection) {
        return selection.stream().filter(StoredMention.class::isInstance).map(StoredMention.class::cast)
                .map(stored -> stored.mention().url()).filter(url -> !url.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
