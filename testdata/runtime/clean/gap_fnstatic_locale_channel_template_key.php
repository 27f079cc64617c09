<?php
// A notification sender caches compiled message layouts in a function static keyed by "{$locale}.{$channel}"; the locale is looked up in the supported-locale map and the channel is normalised by a match over three channels.

const NOTIFY_LOCALES = ['en_US' => 'English', 'de_DE' => 'Deutsch', 'es_ES' => 'Español', 'ja_JP' => '日本語'];

function notification_channel(string $requested): string
{
    return match (strtolower($requested)) {
        'sms', 'text' => 'sms',
        'push', 'mobile' => 'push',
        default => 'mail',
    };
}

function compiled_layout(string $locale, string $channel): string
{
    static $layouts = [];
    $key = "{$locale}.{$channel}";
    if (!isset($layouts[$key])) {
        $layouts[$key] = "<layout locale=\"{$locale}\" channel=\"{$channel}\">"
            . str_repeat("<slot name=\"line\" lang=\"{$locale}\"/>", 25) . '</layout>';
    }
    return $layouts[$key];
}

function send_notification(array $user, string $message): int
{
    $locale = array_key_exists($user['locale'], NOTIFY_LOCALES) ? $user['locale'] : 'en_US';
    $channel = notification_channel($user['preferred_channel']);
    $body = str_replace('<slot name="line"', '<slot data-text="' . htmlspecialchars($message) . '"', compiled_layout($locale, $channel));
    return strlen($body);
}

$channels = ['sms', 'Push', 'email', 'text', 'mobile', 'fax'];
$locales = ['en_US', 'de_DE', 'es_ES', 'ja_JP', 'pt_BR', 'xx_YY'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    send_notification(
        ['id' => $i, 'locale' => $locales[$i % 6], 'preferred_channel' => $channels[$i % 6]],
        "Your parcel #{$i} has shipped",
    );
}
