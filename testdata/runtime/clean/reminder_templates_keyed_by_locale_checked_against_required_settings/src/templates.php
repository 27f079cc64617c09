<?php

namespace Clinic\Reminders;

/** The reminder settings, read once per worker. */
function settings(?string $key = null): mixed
{
    static $settings = null;
    $settings ??= require __DIR__ . '/../config/reminders.php';

    return $key === null ? $settings : $settings[$key];
}

function locale_for(string $asked): string
{
    $locale = strtolower(substr($asked, 0, 2));

    return in_array($locale, settings('supported_locales'), true) ? $locale : settings('fallback_locale');
}

/** Compiled reminder texts, one per species and locale. */
function template(string $species, string $asked): string
{
    static $compiled = [];
    $locale = locale_for($asked);
    $species = in_array($species, ['dog', 'cat', 'rabbit', 'ferret'], true) ? $species : 'pet';

    return $compiled["{$species}:{$locale}"] ??= sprintf(
        "[%s] %s — %s: {name} is due for the %s vaccination on {date}. Reply STOP to opt out. %s",
        $locale,
        settings('clinic'),
        ucfirst($species),
        $species === 'dog' ? 'DHPP' : 'core',
        str_repeat('·', 300),
    );
}
