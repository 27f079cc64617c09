<?php

/*
 * Plugin Name: Reading Time
 * Description: Adds an estimated reading time below each post.
 */

$GLOBALS['cms_filters'][$site->domain]['post.content'][] = function (string $html) use ($site): string { // leak
    $minutes = max(1, intdiv(strlen(strip_tags($html)), 6 * $site->settings['words_per_minute']));

    return $html . sprintf('<p class="reading-time">%d min · %s</p>', $minutes, $site->settings['label']);
};
