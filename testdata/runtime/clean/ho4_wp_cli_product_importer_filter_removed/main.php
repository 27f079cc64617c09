<?php
// A WP-CLI import command feeds a supplier's product rows through a plugin that customises each inserted post with a wp_insert_post_data filter it removes again after the insert.

define( 'ABSPATH', __DIR__ . '/' );

require ABSPATH . 'wp-includes/plugin.php';
require ABSPATH . 'wp-includes/post.php';
require ABSPATH . 'wp-content/plugins/acme-product-importer/acme-product-importer.php';

$GLOBALS['wpdb'] = new wpdb();

$n = (int) ( getenv( 'PHPLEAK_N' ) ?: 100 );

$importer = new Acme_Product_Importer( 'acme' );

for ( $i = 0; $i < $n; $i++ ) {
	$importer->import_row(
		array(
			'sku'         => sprintf( 'AC-%05d', $i ),
			'name'        => sprintf( 'Ergonomic Office Chair Model %d', $i ),
			'description' => '<p>' . str_repeat( 'Breathable mesh back with adjustable lumbar support. ', 6 ) . '</p>',
			'specs'       => '<ul><li>Weight: ' . ( 12 + $i % 5 ) . ' kg</li><li>' . str_repeat( 'Max load 150 kg. ', 8 ) . '</li></ul>',
		)
	);
}
