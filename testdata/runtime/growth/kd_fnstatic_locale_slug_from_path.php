<?php
// A help centre caches rendered article shells in a function static keyed by "{$locale}.{$slug}", and the slug is the last segment of the request path, so every article URL (and typo) adds an entry.

const SUPPORTED_LOCALES = ['en', 'de', 'fr'];

function article_shell(string $locale, string $slug): string
{
    static $shells = [];
    return $shells["{$locale}.{$slug}"] ??= "<article lang=\"{$locale}\" id=\"{$slug}\">" // leak
        . str_repeat("<section data-i18n=\"{$locale}\"></section>", 20) . '</article>';
}

function help_centre(string $path): string
{
    $segments = explode('/', trim($path, '/'));
    $locale = in_array($segments[0], SUPPORTED_LOCALES, true) ? $segments[0] : 'en';
    $slug = $segments[2] ?? 'index';
    return article_shell($locale, $slug);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    help_centre('/' . SUPPORTED_LOCALES[$i % 3] . "/articles/reset-password-{$i}");
}
