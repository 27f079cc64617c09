<?php

declare(strict_types=1);

/**
 * get_blog_option() with a per-process cache so a page that asks for the same
 * option from several widgets hits the options table once.
 */
function get_blog_option_cached(int $blogId, string $option, mixed $default = false): mixed
{
    static $cache = [];

    $key = "{$blogId}:{$option}";
    if (array_key_exists($key, $cache)) {
        return $cache[$key] ?? $default;
    }

    $raw = network_db()->get_option_value($blogId, $option);
    $value = $raw === null ? null : maybe_unserialize($raw);
    $cache[$key] = $value; // leak

    return $value ?? $default;
}

function maybe_unserialize(string $raw): mixed
{
    if ($raw === 'b:0;' || preg_match('/^[aOs]:\d+:/', $raw)) {
        return unserialize($raw, ['allowed_classes' => false]);
    }

    return $raw;
}

function network_db(?wpdb $set = null): wpdb
{
    static $db = null;
    if ($set !== null) {
        $db = $set;
    }

    return $db;
}
