<?php
// A WordPress-style front controller serves a stream of single-post views; a reading-time plugin decorates the post content through the_content filter.

define('ABSPATH', __DIR__ . '/');

require ABSPATH . 'wp-includes/plugin.php';
require ABSPATH . 'wp-includes/post.php';
require ABSPATH . 'wp-content/plugins/reading-time/reading-time.php';
require ABSPATH . 'wp-content/themes/minimal/single.php';

do_action('plugins_loaded');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $post = wp_fake_get_post(1000 + $i);
    setup_postdata_minimal($post);
    ob_start();
    minimal_theme_render_single($post);
    $html = ob_get_clean();
    do_action('shutdown_request');
}
