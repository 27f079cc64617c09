<?php
/**
 * Plugin Name: Acme Product Importer
 * Description: Imports the supplier's product feed as "product" posts.
 * Version:     2.3.1
 * Author:      Acme Digital
 * Text Domain: acme-product-importer
 *
 * @package AcmeProductImporter
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ACME_IMPORTER_VERSION', '2.3.1' );

require_once __DIR__ . '/includes/class-acme-product-importer.php';
