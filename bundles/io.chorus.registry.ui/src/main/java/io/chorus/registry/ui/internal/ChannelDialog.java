package io.chorus.registry.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.chorus.api.platform.Channel;
import io.chorus.api.platform.ChannelKind;
import io.chorus.api.platform.Platform;
import io.chorus.api.registry.Brand;
import io.chorus.registry.ui.internal.ChannelInput.Problem;
import io.chorus.registry.ui.internal.EntryDialog.Fields;
import io.chorus.ui.api.Texts;

/**
 * Asks for a new channel of a brand, or changes one: the platform, official account or persona, handle, page,
 * disclosure and time zone. OK stays disabled, with the reason under the fields, while the input is not a channel.
 * A new channel gets an id made from platform and handle; an edited one keeps its id.
 */
final class ChannelDialog extends Dialog {

    private final Texts texts;
    private final Brand brand;
    private final Channel edited;
    private final List<Channel> others;
    private final List<String> platformIds = new ArrayList<>();
    private final List<String> platformNames = new ArrayList<>();
    private Combo platform;
    private Button official;
    private Button persona;
    private Text handle;
    private Text url;
    private Text disclosure;
    private Combo timeZone;
    private Label problem;
    private Channel result;

    /**
     * @param platforms every installed platform, by name
     * @param edited    the channel to change, or null for a new one
     */
    ChannelDialog(Shell parent, Texts texts, Brand brand, List<Platform> platforms, Channel edited) {
        super(parent);
        this.texts = texts;
        this.brand = brand;
        this.edited = edited;
        this.others = brand.channels().stream().filter(c -> edited == null || !c.id().equals(edited.id())).toList();
        for (Platform known : platforms) {
            platformIds.add(known.id());
            platformNames.add(known.name());
        }
        if (edited != null && !platformIds.contains(edited.platformId())) {
            // Its connector is not installed: keep the platform choosable, so editing the rest does not lose it.
            platformIds.add(0, edited.platformId());
            platformNames.add(0, texts.format("channels.platform.unknown", edited.platformId()));
        }
    }

    Optional<Channel> ask() {
        return super.open() == OK ? Optional.of(result) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(edited == null ? texts.format("channel.add.title", brand.name())
                : texts.format("channel.edit.title", brand.name()));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));

        new Label(area, SWT.NONE).setText(texts.get("channel.platform"));
        platform = new Combo(area, SWT.READ_ONLY);
        platform.setData("chorus.widget", "channel-platform");
        platform.setItems(platformNames.toArray(String[]::new));
        platform.setVisibleItemCount(Math.min(20, Math.max(1, platformNames.size())));
        platform.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new Label(area, SWT.NONE).setText(texts.get("channel.kind"));
        Composite kinds = new Composite(area, SWT.NONE);
        GridLayout kindsLayout = new GridLayout(2, false);
        kindsLayout.marginWidth = 0;
        kindsLayout.marginHeight = 0;
        kinds.setLayout(kindsLayout);
        official = new Button(kinds, SWT.RADIO);
        official.setText(texts.get("channel.kind.official"));
        official.setData("chorus.widget", "channel-official");
        persona = new Button(kinds, SWT.RADIO);
        persona.setText(texts.get("channel.kind.persona"));
        persona.setData("chorus.widget", "channel-persona");

        handle = Fields.text(area, texts.get("channel.handle"), "channel-handle");
        url = Fields.text(area, texts.get("channel.url"), "channel-url");
        url.setMessage("https://");

        Label disclosureLabel = new Label(area, SWT.NONE);
        disclosureLabel.setText(texts.get("channel.disclosure"));
        disclosureLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        disclosure = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        disclosure.setData("chorus.widget", "channel-disclosure");
        GridData disclosureData = new GridData(SWT.FILL, SWT.FILL, true, true);
        disclosureData.widthHint = 320;
        disclosureData.heightHint = disclosure.getLineHeight() * 3;
        disclosure.setLayoutData(disclosureData);
        // Tab moves on, as in the other fields, instead of typing a tab into the disclosure.
        disclosure.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
        new Label(area, SWT.NONE);
        hint(area, texts.get("channel.disclosure.hint"));

        new Label(area, SWT.NONE).setText(texts.get("channel.timeZone"));
        timeZone = new Combo(area, SWT.DROP_DOWN);
        timeZone.setData("chorus.widget", "channel-time-zone");
        timeZone.setItems(ChannelInput.zones().toArray(String[]::new));
        timeZone.setVisibleItemCount(20);
        timeZone.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE);
        hint(area, texts.get("channel.timeZone.hint"));

        problem = new Label(area, SWT.WRAP);
        problem.setData("chorus.widget", "channel-problem");
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemData.widthHint = 420;
        problem.setText("X\nX");
        problemData.heightHint = problem.computeSize(problemData.widthHint, SWT.DEFAULT).y; // room for two lines
        problem.setText("");
        problem.setLayoutData(problemData);

        // A new channel starts without a platform: any default would be a guess people might not notice.
        show(edited == null ? new ChannelInput("", ChannelKind.OFFICIAL, "", "", "", "") : ChannelInput.of(edited));
        platform.addListener(SWT.Selection, event -> check());
        official.addListener(SWT.Selection, event -> check());
        persona.addListener(SWT.Selection, event -> check());
        for (Control field : List.of(handle, url, disclosure, timeZone)) {
            field.addListener(SWT.Modify, event -> check());
        }
        timeZone.addListener(SWT.Selection, event -> check());
        (edited == null ? platform : handle).setFocus();
        return area;
    }

    private void hint(Composite area, String text) {
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(text);
        hint.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 320;
        hint.setLayoutData(data);
    }

    private void show(ChannelInput input) {
        int index = platformIds.indexOf(input.platformId());
        if (index >= 0) {
            platform.select(index);
        }
        official.setSelection(input.kind() == ChannelKind.OFFICIAL);
        persona.setSelection(input.kind() == ChannelKind.PERSONA);
        handle.setText(input.handle());
        url.setText(input.url());
        disclosure.setText(input.disclosure());
        timeZone.setText(input.timeZone());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private ChannelInput input() {
        int index = platform.getSelectionIndex();
        return new ChannelInput(index < 0 || index >= platformIds.size() ? "" : platformIds.get(index),
                persona.getSelection() ? ChannelKind.PERSONA : ChannelKind.OFFICIAL, handle.getText(), url.getText(),
                disclosure.getText(), timeZone.getText());
    }

    /** Shows why the input is not a channel yet, and allows OK only when it is. */
    private void check() {
        Optional<Problem> found = input().problem(others);
        String message = found.map(this::message).orElse("");
        if (!message.equals(problem.getText())) {
            problem.setText(message);
            problem.getParent().layout();
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(found.isEmpty());
        }
    }

    private String message(Problem found) {
        return switch (found) {
            case NO_PLATFORM -> texts.get("channel.platform.missing");
            case NO_HANDLE -> texts.get("channel.handle.missing");
            case DUPLICATE -> texts.get("channel.duplicate");
            case NO_DISCLOSURE -> texts.get("channel.disclosure.missing");
            case UNKNOWN_TIME_ZONE -> texts.format("channel.timeZone.unknown", input().timeZone());
        };
    }

    @Override
    protected void okPressed() {
        ChannelInput input = input();
        if (input.problem(others).isPresent()) {
            check();
            return;
        }
        result = input.toChannel(edited == null ? "" : edited.id(), others);
        super.okPressed();
    }
}
