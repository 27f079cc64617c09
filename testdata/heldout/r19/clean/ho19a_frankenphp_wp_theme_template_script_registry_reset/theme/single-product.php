<?php
/**
 * Template for a single product page.
 *
 * @var stdClass $post
 */

harbour_enqueue_assets();

$chart_handle = 'harbour-price-chart-' . $post->ID;
wp_register_script($chart_handle, get_theme_file_uri('js/price-chart.js'), ['harbour-main'], '2.4.1', true);
wp_localize_script($chart_handle, 'harbourPriceHistory', harbour_price_history($post->ID));
wp_enqueue_script($chart_handle);
?>
<article class="product" id="post-<?= (int) $post->ID ?>">
    <h1><?= htmlspecialchars($post->post_title) ?></h1>
    <div class="price-chart" data-script="<?= htmlspecialchars($chart_handle) ?>"></div>
</article>
<?php wp_print_scripts(); ?>
