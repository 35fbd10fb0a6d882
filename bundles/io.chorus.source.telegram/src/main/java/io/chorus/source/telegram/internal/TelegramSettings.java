package io.chorus.source.telegram.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one Telegram source. */
@ObjectClassDefinition(id = TelegramConnector.PID, name = "Telegram",
        description = "Posts of a public Telegram channel, read from its preview page or through your bot")
public @interface TelegramSettings {

    @AttributeDefinition(name = "Mode", description = "How to read the channel", options = {
            @Option(value = TelegramConnector.MODE_PREVIEW, label = "Public channel preview (t.me/s/channel), no token"),
            @Option(value = TelegramConnector.MODE_BOT, label = "Bot API: channels where your bot is an admin")})
    String mode() default TelegramConnector.MODE_PREVIEW;

    @AttributeDefinition(name = "Channel", required = false,
            description = "For the preview: the channel's public name, e.g. durov or https://t.me/durov")
    String channel() default "";

    @AttributeDefinition(name = "Bot token", type = AttributeType.PASSWORD, required = false,
            description = "For the Bot API: the token @BotFather gave you (123456:ABC...); add the bot to the channel as an admin")
    String botToken() default "";

    @AttributeDefinition(name = "History pages", description = "For the preview: how many pages of about 20 "
            + "posts the first poll reads back")
    int historyPages() default 1;

    @AttributeDefinition(name = "Preview base", description = "Advanced: where channel previews are served")
    String previewBase() default "https://t.me";

    @AttributeDefinition(name = "Bot API base", description = "Advanced: the Bot API endpoint")
    String botApiBase() default "https://api.telegram.org";
}
