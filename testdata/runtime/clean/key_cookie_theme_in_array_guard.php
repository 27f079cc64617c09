<?php
// Theme stylesheets are compiled into a global cache keyed by the theme cookie; an in_array() guard against the allowed themes returns early for anything else.

const DEFAULT_THEME = 'light';
const ALLOWED_THEMES = ['light', 'dark', 'high-contrast'];

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
    if (!in_array($theme, ALLOWED_THEMES, true)) {
        return compile_stylesheet(DEFAULT_THEME);
    }
    $cacheKey = "theme.{$theme}";
    if (!array_key_exists($cacheKey, $compiledStylesheets)) {
        $compiledStylesheets[$cacheKey] = compile_stylesheet($theme);
    }
    return $compiledStylesheets[$cacheKey];
}

function render_page(string $content): string
{
    return '<style>' . stylesheet_for_request() . '</style>' . $content;
}

$themes = ['light', 'Dark', 'high-contrast', 'solarized', '#1A2B3C'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $_COOKIE = ['theme' => $i % 9 === 0 ? sprintf('#%06X', $i) : $themes[$i % 5], 'session' => md5((string) $i)];
    render_page(str_repeat("content {$i} ", 40));
}
