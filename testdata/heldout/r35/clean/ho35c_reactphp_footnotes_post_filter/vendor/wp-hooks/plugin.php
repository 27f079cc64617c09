<?php

// The filter API, as in wp-includes/plugin.php (trimmed).

$GLOBALS['wp_filter'] = [];

function _wp_filter_build_unique_id(string $hook_name, callable $callback, int $priority): string
{
    if (is_string($callback)) {
        return $callback;
    }

    if (is_object($callback)) {
        // Closures are currently implemented as objects.
        $callback = [$callback, ''];
    } else {
        $callback = (array) $callback;
    }

    if (is_object($callback[0])) {
        return spl_object_hash($callback[0]) . $callback[1];
    }

    return $callback[0] . '::' . $callback[1];
}

function add_filter(string $hook_name, callable $callback, int $priority = 10, int $accepted_args = 1): bool
{
    $idx = _wp_filter_build_unique_id($hook_name, $callback, $priority);
    $GLOBALS['wp_filter'][$hook_name][$priority][$idx] = ['function' => $callback, 'accepted_args' => $accepted_args];

    return true;
}

function remove_filter(string $hook_name, callable $callback, int $priority = 10): bool
{
    $idx = _wp_filter_build_unique_id($hook_name, $callback, $priority);
    $exists = isset($GLOBALS['wp_filter'][$hook_name][$priority][$idx]);
    if ($exists) {
        unset($GLOBALS['wp_filter'][$hook_name][$priority][$idx]);
        if ($GLOBALS['wp_filter'][$hook_name][$priority] === []) {
            unset($GLOBALS['wp_filter'][$hook_name][$priority]);
        }
    }

    return $exists;
}

function has_filter(string $hook_name): bool
{
    return !empty($GLOBALS['wp_filter'][$hook_name]);
}

function apply_filters(string $hook_name, mixed $value, mixed ...$args): mixed
{
    if (empty($GLOBALS['wp_filter'][$hook_name])) {
        return $value;
    }
    ksort($GLOBALS['wp_filter'][$hook_name]);
    foreach ($GLOBALS['wp_filter'][$hook_name] as $callbacks) {
        foreach ($callbacks as $the_) {
            $value = $the_['function'](...array_slice([$value, ...$args], 0, $the_['accepted_args']));
        }
    }

    return $value;
}
