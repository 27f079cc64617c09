<?php
// A help centre caches rendered section shells in a function static keyed by "{$locale}.{$section}"; the locale is checked against three supported ones and the section against the fixed navigation list.

const SUPPORTED_LOCALES = ['en', 'de', 'fr'];
const HELP_SECTIONS = ['account', 'billing', 'shipping', 'returns'];

function section_shell(string $locale, string $section): string
{
    static $shells = [];
    return $shells["{$locale}.{$section}"] ??= "<section lang=\"{$locale}\" id=\"{$section}\">"
        . str_repeat("<div data-i18n=\"{$locale}\"></div>", 20) . '</section>';
}

function help_centre(string $path): string
{
    $segments = explode('/', trim($path, '/'));
    $locale = in_array($segments[0], SUPPORTED_LOCALES, true) ? $segments[0] : 'en';
    $section = in_array($segments[1] ?? '', HELP_SECTIONS, true) ? $segments[1] : 'account';
    return section_shell($locale, $section) . '<h2>' . htmlspecialchars($segments[2] ?? '') . '</h2>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    help_centre('/' . SUPPORTED_LOCALES[$i % 3] . '/' . HELP_SECTIONS[$i % 4] . "/reset-password-{$i}");
}
