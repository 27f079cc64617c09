<?php

/*
 * Plugin Name: Reading Time
 * Description: Adds an estimated reading time below each post.
 */

use App\Cms\Site;

function reading_time_filter(string $html, Site $site): string
{
    $minutes = max(1, intdiv(strlen(strip_tags($html)), 6 * $site->settings['words_per_minute']));

    return $html . sprintf('<p class="reading-time">%d min · %s</p>', $minutes, $site->settings['label']);
}

$GLOBALS['cms_filters']['post.content'][] = 'reading_time_filter';
