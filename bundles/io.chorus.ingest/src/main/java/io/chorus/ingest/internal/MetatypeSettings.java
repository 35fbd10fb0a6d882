package io.chorus.ingest.internal;

import io.chorus.api.ingest.ConnectorDescription.Option;
import io.chorus.api.ingest.ConnectorDescription.Setting;
import io.chorus.api.ingest.ConnectorDescription.Type;
import io.chorus.source.api.ConnectorInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * A connector's settings form from its metatype (the {@code @ObjectClassDefinition} of its settings annotation):
 * labels, help texts, options and which are required. Kept apart so that ingest runs without the metatype package.
 */
final class MetatypeSettings {

    private MetatypeSettings() {
    }

    static Optional<List<Setting>> read(Object service, Bundle bundle, ConnectorInfo info) {
        if (!(service instanceof MetaTypeService metaType) || bundle == null) {
            return Optional.empty();
        }
        MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
        // connectors designate their settings as a factory PID (one connector, many sources), plain PIDs work too
        if (information == null || !Arrays.asList(information.getPids()).contains(info.settingsPid())
                && !Arrays.asList(information.getFactoryPids()).contains(info.settingsPid())) {
            return Optional.empty();
        }
        ObjectClassDefinition definition;
        try {
            definition = information.getObjectClassDefinition(info.settingsPid(), null);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (all == null) {
            return Optional.empty();
        }
        AttributeDefinition[] requiredOnes = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        Set<String> required = requiredOnes == null ? Set.of()
                : Arrays.stream(requiredOnes).map(AttributeDefinition::getID).collect(Collectors.toSet());
        List<Setting> settings = new ArrayList<>();
        for (AttributeDefinition attribute : all) {
            List<Option> options = new ArrayList<>();
            String[] values = attribute.getOptionValues();
            String[] labels = attribute.getOptionLabels();
            if (values != null) {
                for (int i = 0; i < values.length; i++) {
                    options.add(new Option(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
                }
            }
            String[] defaults = attribute.getDefaultValue();
            String defaultText = defaults == null ? "" : String.join(",", defaults);
            settings.add(new Setting(attribute.getID(), attribute.getName() == null ? attribute.getID()
                    : attribute.getName(), attribute.getDescription() == null ? "" : attribute.getDescription(),
                    type(attribute, info), required.contains(attribute.getID()) && defaults == null, defaultText,
                    options));
        }
        return Optional.of(settings);
    }

    private static Type type(AttributeDefinition attribute, ConnectorInfo info) {
        if (attribute.getType() == AttributeDefinition.PASSWORD || info.secretSettings().contains(attribute.getID())) {
            return Type.SECRET;
        }
        if (attribute.getCardinality() != 0) {
            return Type.LIST;
        }
        return switch (attribute.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT,
                 AttributeDefinition.BYTE -> Type.INTEGER;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> Type.DECIMAL;
            case AttributeDefinition.BOOLEAN -> Type.BOOLEAN;
            default -> Type.TEXT;
        };
    }
}
