<?php
/**
 * The plugin API is located in this file, which allows for creating actions
 * and filters and hooking functions, and methods. The functions or methods will
 * then be run when the action or filter is called.
 *
 * @package WordPress
 */

/** @var array<string, array<int, array<string, array{function: callable, accepted_args: int}>>> $wp_filter */
global $wp_filter, $wp_current_filter;

if ( ! isset( $wp_filter ) ) {
	$wp_filter = array();
}

if ( ! isset( $wp_current_filter ) ) {
	$wp_current_filter = array();
}

/**
 * Builds a unique string ID for a hook callback function.
 *
 * @param string                $hook_name Unused.
 * @param callable|string|array $callback  The callback to generate ID for.
 * @param int                   $priority  Unused.
 * @return string Unique function ID for usage as array key.
 */
function _wp_filter_build_unique_id( $hook_name, $callback, $priority ) {
	if ( is_string( $callback ) ) {
		return $callback;
	}

	if ( is_object( $callback ) ) {
		// Closures are currently implemented as objects.
		$callback = array( $callback, '' );
	} else {
		$callback = (array) $callback;
	}

	if ( is_object( $callback[0] ) ) {
		// Object class calling.
		return spl_object_hash( $callback[0] ) . $callback[1];
	} elseif ( is_string( $callback[0] ) ) {
		// Static calling.
		return $callback[0] . '::' . $callback[1];
	}

	return '';
}

/**
 * Adds a callback function to a filter hook.
 *
 * @param string   $hook_name     The name of the filter to add the callback to.
 * @param callable $callback      The callback to be run when the filter is applied.
 * @param int      $priority      Optional. Used to specify the order in which the functions
 *                                associated with a particular filter are executed. Default 10.
 * @param int      $accepted_args Optional. The number of arguments the function accepts. Default 1.
 * @return true Always returns true.
 */
function add_filter( $hook_name, $callback, $priority = 10, $accepted_args = 1 ) {
	global $wp_filter;

	$idx = _wp_filter_build_unique_id( $hook_name, $callback, $priority );

	$wp_filter[ $hook_name ][ $priority ][ $idx ] = array(
		'function'      => $callback,
		'accepted_args' => $accepted_args,
	);
	ksort( $wp_filter[ $hook_name ], SORT_NUMERIC );

	return true;
}

/**
 * Removes a callback function from a filter hook.
 *
 * @param string                $hook_name The filter hook to which the function to be removed is hooked.
 * @param callable|string|array $callback  The callback to be removed from running when the filter is applied.
 * @param int                   $priority  Optional. The exact priority used when adding the original
 *                                         filter callback. Default 10.
 * @return bool Whether the function existed before it was removed.
 */
function remove_filter( $hook_name, $callback, $priority = 10 ) {
	global $wp_filter;

	$idx    = _wp_filter_build_unique_id( $hook_name, $callback, $priority );
	$exists = isset( $wp_filter[ $hook_name ][ $priority ][ $idx ] );

	if ( $exists ) {
		unset( $wp_filter[ $hook_name ][ $priority ][ $idx ] );
		if ( empty( $wp_filter[ $hook_name ][ $priority ] ) ) {
			unset( $wp_filter[ $hook_name ][ $priority ] );
		}
		if ( empty( $wp_filter[ $hook_name ] ) ) {
			unset( $wp_filter[ $hook_name ] );
		}
	}

	return $exists;
}

/**
 * Checks if any filter has been registered for a hook.
 *
 * @param string $hook_name The name of the filter hook.
 * @return bool True if the hook has callbacks registered.
 */
function has_filter( $hook_name ) {
	global $wp_filter;

	return ! empty( $wp_filter[ $hook_name ] );
}

/**
 * Calls the callback functions that have been added to a filter hook.
 *
 * @param string $hook_name The name of the filter hook.
 * @param mixed  $value     The value to filter.
 * @param mixed  ...$args   Additional parameters to pass to the callback functions.
 * @return mixed The filtered value after all hooked functions are applied to it.
 */
function apply_filters( $hook_name, $value, ...$args ) {
	global $wp_filter, $wp_current_filter;

	if ( ! isset( $wp_filter[ $hook_name ] ) ) {
		return $value;
	}

	$wp_current_filter[] = $hook_name;

	array_unshift( $args, $value );
	foreach ( $wp_filter[ $hook_name ] as $callbacks ) {
		foreach ( $callbacks as $the_ ) {
			$args[0] = call_user_func_array( $the_['function'], array_slice( $args, 0, (int) $the_['accepted_args'] ) );
		}
	}

	array_pop( $wp_current_filter );

	return $args[0];
}

/**
 * Adds a callback function to an action hook.
 *
 * @param string   $hook_name       The name of the action to add the callback to.
 * @param callable $callback        The callback to be run when the action is called.
 * @param int      $priority        Optional. Default 10.
 * @param int      $accepted_args   Optional. Default 1.
 * @return true Always returns true.
 */
function add_action( $hook_name, $callback, $priority = 10, $accepted_args = 1 ) {
	return add_filter( $hook_name, $callback, $priority, $accepted_args );
}

/**
 * Calls the callback functions that have been added to an action hook.
 *
 * @param string $hook_name The name of the action to be executed.
 * @param mixed  ...$arg    Optional. Additional arguments which are passed on to the
 *                          functions hooked to the action. Default empty.
 */
function do_action( $hook_name, ...$arg ) {
	global $wp_filter;

	if ( ! isset( $wp_filter[ $hook_name ] ) ) {
		return;
	}

	foreach ( $wp_filter[ $hook_name ] as $callbacks ) {
		foreach ( $callbacks as $the_ ) {
			call_user_func_array( $the_['function'], array_slice( $arg, 0, (int) $the_['accepted_args'] ) );
		}
	}
}
