<?php
// Theme stylesheets are compiled into a global cache keyed by the theme cookie; the guard only checks its length, and users store their own colour codes there, so each visitor adds an entry.

const DEFAULT_THEME = 'light';

$compiledStylesheets = [];

function current_theme(): string
{
    $theme = trim((string) ($_COOKIE['theme'] ?? DEFAULT_THEME));
    return $theme === '' ? DEFAULT_THEME : strtolower($theme);
}

function compile_stylesheet(string $theme): string
{
    return ":root { --theme: '{$theme}'; }\n"
        . str_repeat(".btn-primary { background: var(--theme-accent); border-radius: 4px; }\n", 10);
}

function stylesheet_for_request(): string
{
    global $compiledStylesheets;

    $theme = current_theme();
    if (strlen($theme) > 32) {
        return compile_stylesheet(DEFAULT_THEME);
    }
    $cacheKey = "theme.{$theme}";
    if (!array_key_exists($cacheKey, $compiledStylesheets)) {
        $compiledStylesheets[$cacheKey] = compile_stylesheet($theme); // leak
    }
    return $compiledStylesheets[$cacheKey];
}

function render_page(string $content): string
{
    return '<style>' . stylesheet_for_request() . '</style>' . $content;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $_COOKIE = ['theme' => sprintf('#%06X', ($i * 7919) % 0xFFFFFF), 'session' => md5((string) $i)];
    render_page(str_repeat("content {$i} ", 40));
}
