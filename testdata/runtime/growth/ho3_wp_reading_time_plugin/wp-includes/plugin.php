<?php
/**
 * Minimal hook API compatible with the parts of WordPress' plugin.php the site uses.
 */

$GLOBALS['wp_filter'] = array();
$GLOBALS['wp_actions'] = array();

/**
 * @param callable $callback
 * @return string
 */
function _wp_filter_build_unique_id($callback)
{
    if (is_string($callback)) {
        return $callback;
    }
    if (is_object($callback)) {
        return spl_object_hash($callback);
    }
    if (is_object($callback[0])) {
        return spl_object_hash($callback[0]) . $callback[1];
    }
    return $callback[0] . '::' . $callback[1];
}

/**
 * @param string   $hook_name
 * @param callable $callback
 * @param int      $priority
 * @param int      $accepted_args
 * @return true
 */
function add_filter($hook_name, $callback, $priority = 10, $accepted_args = 1)
{
    global $wp_filter;
    $idx = _wp_filter_build_unique_id($callback);
    $wp_filter[$hook_name][$priority][$idx] = array( // leak
        'function'      => $callback,
        'accepted_args' => $accepted_args,
    );
    ksort($wp_filter[$hook_name], SORT_NUMERIC);
    return true;
}

/**
 * @return true
 */
function add_action($hook_name, $callback, $priority = 10, $accepted_args = 1)
{
    return add_filter($hook_name, $callback, $priority, $accepted_args);
}

/**
 * @return bool
 */
function remove_filter($hook_name, $callback, $priority = 10)
{
    global $wp_filter;
    $idx = _wp_filter_build_unique_id($callback);
    if (!isset($wp_filter[$hook_name][$priority][$idx])) {
        return false;
    }
    unset($wp_filter[$hook_name][$priority][$idx]);
    if (empty($wp_filter[$hook_name][$priority])) {
        unset($wp_filter[$hook_name][$priority]);
    }
    return true;
}

/**
 * @return mixed
 */
function apply_filters($hook_name, $value)
{
    global $wp_filter;
    if (empty($wp_filter[$hook_name])) {
        return $value;
    }
    $args = func_get_args();
    foreach ($wp_filter[$hook_name] as $callbacks) {
        foreach ($callbacks as $cb) {
            $args[1] = $value;
            $value = call_user_func_array($cb['function'], array_slice($args, 1, (int) $cb['accepted_args']));
        }
    }
    return $value;
}

function do_action($hook_name)
{
    global $wp_filter, $wp_actions;
    if (!isset($wp_actions[$hook_name])) {
        $wp_actions[$hook_name] = 0;
    }
    $wp_actions[$hook_name]++;
    if (empty($wp_filter[$hook_name])) {
        return;
    }
    $args = array_slice(func_get_args(), 1);
    foreach ($wp_filter[$hook_name] as $callbacks) {
        foreach ($callbacks as $cb) {
            call_user_func_array($cb['function'], array_slice($args, 0, (int) $cb['accepted_args']));
        }
    }
}
