<?php

declare(strict_types=1);

/*
 * FrankenPHP worker script for the WordPress storefront: WordPress and the
 * theme are loaded once, each request re-runs the template.
 */

require __DIR__ . '/wp-includes/class-wp-scripts.php';
require __DIR__ . '/wp-includes/script-loader.php';
require __DIR__ . '/theme/functions.php';

if (!function_exists('frankenphp_handle_request')) {
    /** Stand-in for the FrankenPHP worker API outside of FrankenPHP. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $served++;
        $_SERVER['REQUEST_URI'] = '/product/' . (3000 + $served);
        $_GET = ['p' => (string) (3000 + $served)];
        $handler();

        return true;
    }
}

function harbour_find_product(int $id): ?stdClass
{
    if ($id <= 0) {
        return null;
    }
    $post = new stdClass();
    $post->ID = $id;
    $post->post_type = 'product';
    $post->post_title = "Harbour canvas tote #{$id}";

    return $post;
}

/** Puts the WordPress globals back the way a fresh FPM request would see them. */
function harbour_worker_reset(): void
{
    global $post, $wp_scripts;
    $post = null;
    $_GET = [];
    // Dropped as a whole: wp_scripts() rebuilds it with the default scripts on first use.
    $wp_scripts = null;
}

$handler = static function (): void {
    global $post;
    $post = harbour_find_product((int) ($_GET['p'] ?? 0));
    ob_start();
    if ($post !== null) {
        include __DIR__ . '/theme/single-product.php';
    }
    ob_end_clean();
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $keepRunning = frankenphp_handle_request($handler);
    harbour_worker_reset();
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
