<?php
/**
 * Core Post API
 *
 * @package WordPress
 * @subpackage Post
 */

/**
 * Minimal stand-in for the database layer used by the importer's integration runs.
 */
class wpdb {
	/** @var int */
	public $insert_id = 0;

	/** @var int */
	public $num_queries = 0;

	/** @var string */
	public $posts = 'wp_posts';

	/**
	 * @param string $table
	 * @param array  $data
	 * @return int|false
	 */
	public function insert( $table, $data ) {
		$this->num_queries++;
		$this->insert_id++;
		return strlen( serialize( $data ) ) > 0 ? 1 : false;
	}
}

/**
 * Inserts or update a post.
 *
 * @param array $postarr An array of elements that make up a post to update or insert.
 * @return int The post ID on success. The value 0 on failure.
 */
function wp_insert_post( $postarr ) {
	global $wpdb;

	$defaults = array(
		'post_author'  => 1,
		'post_content' => '',
		'post_title'   => '',
		'post_excerpt' => '',
		'post_status'  => 'draft',
		'post_type'    => 'post',
		'meta_input'   => array(),
	);

	$postarr = array_merge( $defaults, $postarr );

	$data = array(
		'post_author'  => (int) $postarr['post_author'],
		'post_content' => $postarr['post_content'],
		'post_title'   => trim( $postarr['post_title'] ),
		'post_excerpt' => $postarr['post_excerpt'],
		'post_status'  => $postarr['post_status'],
		'post_type'    => $postarr['post_type'],
		'post_name'    => strtolower( preg_replace( '/[^a-z0-9]+/i', '-', $postarr['post_title'] ) ),
	);

	/**
	 * Filters slashed post data just before it is inserted into the database.
	 *
	 * @param array $data    An array of slashed, sanitized, and processed post data.
	 * @param array $postarr An array of sanitized (and slashed) but otherwise unmodified post data.
	 */
	$data = apply_filters( 'wp_insert_post_data', $data, $postarr );

	if ( false === $wpdb->insert( $wpdb->posts, $data ) ) {
		return 0;
	}

	$post_id = $wpdb->insert_id;

	do_action( 'wp_insert_post', $post_id, $data, false );

	return $post_id;
}
