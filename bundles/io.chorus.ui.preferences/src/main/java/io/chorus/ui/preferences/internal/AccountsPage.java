package io.chorus.ui.preferences.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.chorus.ui.api.PreferencePagePart;
import io.chorus.ui.api.PreferenceSite;
import io.chorus.ui.api.Texts;
import io.chorus.ui.preferences.internal.ConfigStore.FactoryEntry;
import io.chorus.ui.preferences.internal.form.SettingException;
import io.chorus.ui.preferences.internal.form.SettingField;
import io.chorus.ui.preferences.internal.form.SettingField.Kind;
import io.chorus.ui.preferences.internal.form.SettingsForm;
import io.chorus.ui.preferences.internal.form.SettingsSchema;

/**
 * The page of a factory PID (one configuration per account, such as the Mastodon accounts Chorus publishes to): the
 * accounts in a list with Add and Remove, the selected account's generated form below it.
 * <p>
 * Like every other page, nothing reaches Configuration Admin before Apply or OK, and Cancel forgets everything: Add
 * shows a new account at once and creates its configuration ({@code <factoryPid>~account-<n>}) on Apply; Remove asks
 * for confirmation, takes the account off the list and deletes its configuration on Apply. An account with a mistake
 * blocks Apply for the whole page, so invalid values are never stored.
 */
final class AccountsPage implements PreferencePagePart {

    private static final String WIDGET = SettingsForm.WIDGET;
    private static final String NAME_PREFIX = "account-";

    /** One account on the page; its PID is null until a new one is created on Apply. */
    private final class Account {
        private String pid;
        private final String name;
        private final SettingsForm form;
        private String error;

        Account(String pid, String name) {
            this.pid = pid;
            this.name = name;
            form = new SettingsForm(forms, schema, texts, locale, message -> {
                error = message;
                refreshLabels();
            });
            form.control().setData(WIDGET, "account-" + name);
        }

        boolean isNew() {
            return pid == null;
        }
    }

    private final String factoryPid;
    private final SettingsSchema schema;
    private final ConfigStore store;
    private final Texts texts;
    private final Locale locale;
    private final PreferenceSite site;
    private final ScrolledComposite scrolled;
    private final org.eclipse.swt.widgets.List list;
    private final Button add;
    private final Button remove;
    private final Composite forms;
    private final StackLayout stack = new StackLayout();
    private final Label empty;
    private final SettingField labelField;
    private final List<Account> accounts = new ArrayList<>();
    private final List<Account> removed = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private boolean loaded;

    AccountsPage(Composite parent, PreferenceSite site, String factoryPid, SettingsSchema schema, ConfigStore store,
                 Texts texts, Locale locale, Executor background) {
        this.factoryPid = factoryPid;
        this.schema = schema;
        this.store = store;
        this.texts = texts;
        this.locale = locale;
        this.site = site;
        // the account is best known by its first plain text (handle, instance URL), never by a secret
        labelField = schema.fields().stream().filter(f -> f.kind() == Kind.TEXT && !f.multiple()).findFirst()
                .orElse(null);
        scrolled = PageParts.scrolled(parent, schema.description(), 2);
        Composite content = (Composite) scrolled.getContent();
        // the list above the form, so the form keeps the width the singleton pages give it
        list = new org.eclipse.swt.widgets.List(content, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData(WIDGET, "accounts-list");
        GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        listLayout.widthHint = 300;
        listLayout.heightHint = 5 * list.getItemHeight();
        list.setLayoutData(listLayout);
        list.addListener(SWT.Selection, e -> showSelected());
        list.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && loaded) {
                removeSelected();
            }
        });
        Composite buttons = new Composite(content, SWT.NONE);
        GridLayout buttonsLayout = new GridLayout(1, true);
        buttonsLayout.marginWidth = 0;
        buttonsLayout.marginHeight = 0;
        buttons.setLayout(buttonsLayout);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add = new Button(buttons, SWT.PUSH);
        add.setText(texts.get("button.addAccount"));
        add.setData(WIDGET, "accounts-add");
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> addAccount());
        remove = new Button(buttons, SWT.PUSH);
        remove.setText(texts.get("button.removeAccount"));
        remove.setData(WIDGET, "accounts-remove");
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove.addListener(SWT.Selection, e -> removeSelected());
        new Label(content, SWT.SEPARATOR | SWT.HORIZONTAL)
                .setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        forms = new Composite(content, SWT.NONE);
        forms.setLayout(stack);
        forms.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        empty = new Label(forms, SWT.WRAP);
        empty.setData(WIDGET, "accounts-empty");
        empty.setText(texts.get("accounts.none"));
        stack.topControl = empty;

        PageParts.where(content, texts.format("page.factoryPid", factoryPid), 2);
        list.setEnabled(false);
        add.setEnabled(false);
        remove.setEnabled(false);
        resize();
        PageParts.load(background, scrolled, factoryPid, texts, site, () -> store.list(factoryPid), this::show);
    }

    private void show(List<FactoryEntry> found) {
        for (FactoryEntry entry : found) {
            Account account = new Account(entry.pid(), entry.name());
            usedNames.add(entry.name());
            accounts.add(account);
            account.form.show(entry.properties());
        }
        loaded = true;
        list.setEnabled(true);
        add.setEnabled(true);
        refreshLabels();
        if (!accounts.isEmpty()) {
            select(accounts.get(0));
        }
        resize();
    }

    private void addAccount() {
        if (!loaded) {
            return;
        }
        String name = ConfigStore.freeName(NAME_PREFIX, usedNames);
        usedNames.add(name);
        Account account = new Account(null, name);
        accounts.add(account);
        account.form.show(new Hashtable<>());
        account.form.validate(); // a required field without a default is a mistake from the start
        refreshLabels();
        select(account);
        resize();
        account.form.control().setFocus();
    }

    private void removeSelected() {
        int index = list.getSelectionIndex();
        if (!loaded || index < 0) {
            return;
        }
        Account account = accounts.get(index);
        if (!account.isNew() && !confirmRemoval(label(account))) {
            return;
        }
        if (!account.isNew()) {
            removed.add(account);
        }
        accounts.remove(index);
        account.form.control().dispose();
        refreshLabels();
        if (accounts.isEmpty()) {
            select(null);
        } else {
            select(accounts.get(Math.min(index, accounts.size() - 1)));
        }
    }

    private boolean confirmRemoval(String label) {
        MessageDialog question = new MessageDialog(list.getShell(), texts.get("accounts.remove.title"), null,
                texts.format("accounts.remove.question", label), MessageDialog.QUESTION, 1,
                texts.get("button.removeConfirm"), texts.get("button.cancel")) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                getButton(0).setData(WIDGET, "accounts-confirm-remove");
                getButton(1).setData(WIDGET, "accounts-confirm-cancel");
            }
        };
        return question.open() == 0;
    }

    private void select(Account account) {
        if (account == null) {
            list.deselectAll();
            stack.topControl = empty;
        } else {
            list.setSelection(accounts.indexOf(account));
            stack.topControl = account.form.control();
        }
        remove.setEnabled(account != null);
        forms.layout(true, true);
    }

    private void showSelected() {
        int index = list.getSelectionIndex();
        select(index < 0 ? null : accounts.get(index));
    }

    /** The list after a change (labels follow what is typed) and the page's first mistake. */
    private void refreshLabels() {
        if (list.isDisposed()) {
            return;
        }
        int selected = list.getSelectionIndex();
        String[] labels = new String[accounts.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = label(accounts.get(i));
        }
        if (!List.of(labels).equals(List.of(list.getItems()))) {
            list.setItems(labels);
            if (selected >= 0 && selected < labels.length) {
                list.setSelection(selected);
            }
        }
        String error = null;
        for (Account account : accounts) {
            if (account.error != null) {
                error = texts.format("accounts.error", label(account), account.error);
                break;
            }
        }
        site.setError(error);
    }

    private String label(Account account) {
        String primary = primaryLabel(account);
        boolean ambiguous = accounts.stream().anyMatch(o -> o != account && primaryLabel(o).equals(primary));
        return ambiguous ? texts.format("accounts.label", primary, account.name) : primary;
    }

    private String primaryLabel(Account account) {
        String text = labelField == null || account.form.control().isDisposed() ? ""
                : ((Text) account.form.control(labelField.id())).getText().strip();
        if (!text.isEmpty()) {
            return text;
        }
        return account.isNew() ? texts.get("accounts.new") : account.name;
    }

    private void resize() {
        scrolled.setMinSize(scrolled.getContent().computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    @Override
    public void apply() throws Exception {
        if (!loaded) {
            return;
        }
        // check every account before writing any, so a mistake in one stores nothing
        Map<Account, Hashtable<String, Object>> changed = new LinkedHashMap<>();
        for (Account account : accounts) {
            if (account.isNew() || account.form.isDirty()) {
                try {
                    changed.put(account, account.form.dictionary());
                } catch (SettingException e) {
                    select(account);
                    throw new IllegalArgumentException(texts.format("accounts.error", label(account),
                            e.getMessage()), e);
                }
            }
        }
        // On the UI thread on purpose, as on the singleton pages: Apply tells at once whether it worked, and each
        // change is one small file for Configuration Admin. A failure leaves the rest pending for the next Apply.
        while (!removed.isEmpty()) {
            store.delete(factoryPid, removed.get(0).pid);
            removed.remove(0);
        }
        for (Map.Entry<Account, Hashtable<String, Object>> entry : changed.entrySet()) {
            Account account = entry.getKey();
            if (account.isNew()) {
                account.pid = store.create(factoryPid, account.name, entry.getValue(), schema.secretIds());
            } else {
                store.update(factoryPid, account.pid, entry.getValue(), schema.secretIds(),
                        texts.format("error.accountGone", label(account)));
            }
            account.form.stored(entry.getValue());
        }
    }

    @Override
    public void restoreDefaults() {
        int index = list.getSelectionIndex();
        if (loaded && index >= 0) {
            accounts.get(index).form.restoreDefaults();
        }
    }
}
