<?php
/**
 * Product feed importer.
 *
 * @package AcmeProductImporter
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Imports feed rows one by one; run from WP-CLI (`wp acme import`).
 */
class Acme_Product_Importer {

	/**
	 * Number of imported rows.
	 *
	 * @var int
	 */
	private $imported = 0;

	/**
	 * Rows skipped because they had no SKU.
	 *
	 * @var int
	 */
	private $skipped = 0;

	/**
	 * Supplier code used to prefix slugs.
	 *
	 * @var string
	 */
	private $supplier;

	/**
	 * @param string $supplier Supplier code.
	 */
	public function __construct( $supplier ) {
		$this->supplier = $supplier;
	}

	/**
	 * Imports one feed row.
	 *
	 * @param array $row Feed row.
	 * @return int Post ID, 0 when skipped.
	 */
	public function import_row( array $row ) {
		if ( empty( $row['sku'] ) ) {
			$this->skipped++;
			return 0;
		}

		$slug    = sanitize_title_for_import( $this->supplier . '-' . $row['sku'] );
		$excerpt = wp_strip_all_tags_for_import( $row['specs'] );

		// Keep the supplier's SKU in the slug and the spec sheet in the excerpt.
		$filter = function ( $data ) use ( $row, $slug, $excerpt ) {
			$data['post_name']    = $slug;
			$data['post_excerpt'] = $excerpt;
			$data['post_title']   = $row['name'];
			return $data;
		};
		add_filter( 'wp_insert_post_data', $filter );

		$post_id = wp_insert_post(
			array(
				'post_title'   => $row['name'],
				'post_content' => $row['description'],
				'post_status'  => 'publish',
				'post_type'    => 'product',
			)
		);

		remove_filter( 'wp_insert_post_data', $filter );

		if ( $post_id ) {
			$this->imported++;
		}

		return $post_id;
	}

	/**
	 * @return array{imported: int, skipped: int}
	 */
	public function stats() {
		return array(
			'imported' => $this->imported,
			'skipped'  => $this->skipped,
		);
	}
}

/**
 * @param string $title Raw title.
 * @return string
 */
function sanitize_title_for_import( $title ) {
	return trim( strtolower( preg_replace( '/[^a-z0-9]+/i', '-', $title ) ), '-' );
}

/**
 * @param string $text Raw HTML.
 * @return string
 */
function wp_strip_all_tags_for_import( $text ) {
	return trim( preg_replace( '/\s+/', ' ', strip_tags( $text ) ) );
}
