<?php

function wp_scripts(): WP_Scripts
{
    global $wp_scripts;
    if (!($wp_scripts instanceof WP_Scripts)) {
        $wp_scripts = new WP_Scripts();
    }

    return $wp_scripts;
}

function wp_default_scripts(WP_Scripts $scripts): void
{
    $scripts->add('jquery-core', '/wp-includes/js/jquery/jquery.min.js', [], '3.7.1');
    $scripts->add('jquery', false, ['jquery-core'], '3.7.1');
    $scripts->add('wp-hooks', '/wp-includes/js/dist/hooks.min.js', [], '3.58.0');
}

function wp_register_script(string $handle, string|false $src, array $deps = [], string|false|null $ver = false, bool $inFooter = false): bool
{
    return wp_scripts()->add($handle, $src, $deps, $ver, $inFooter ? ['in_footer' => true] : null);
}

function wp_localize_script(string $handle, string $objectName, array $l10n): bool
{
    return wp_scripts()->localize($handle, $objectName, $l10n);
}

function wp_enqueue_script(string $handle): void
{
    wp_scripts()->enqueue($handle);
}

function wp_print_scripts(): void
{
    wp_scripts()->do_items();
}

function get_theme_file_uri(string $file): string
{
    return '/wp-content/themes/harbour/' . ltrim($file, '/');
}
