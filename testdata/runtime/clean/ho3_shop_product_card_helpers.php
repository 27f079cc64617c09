<?php
// A shop's template helpers render a product card per request from a product row, a currency format table and a price rule, using static-variable memoization inside the helper functions.

/**
 * @param int $product_id
 * @return array
 */
function shop_fetch_product_row($product_id)
{
    return array(
        'id'          => $product_id,
        'sku'         => 'SKU-' . str_pad((string) $product_id, 6, '0', STR_PAD_LEFT),
        'name'        => 'Organic cotton hoodie #' . $product_id,
        'price'       => 3990 + ($product_id % 13) * 100,
        'currency'    => array('EUR', 'USD', 'GBP')[$product_id % 3],
        'description' => str_repeat('Soft, warm and responsibly made. ', 10),
    );
}

/**
 * @param string $currency
 * @return array
 */
function shop_currency_format($currency)
{
    static $formats = array();
    if (!isset($formats[$currency])) {
        $table = array(
            'EUR' => array('symbol' => '€', 'before' => false, 'decimals' => 2, 'dec_point' => ',', 'thousands' => '.'),
            'USD' => array('symbol' => '$', 'before' => true, 'decimals' => 2, 'dec_point' => '.', 'thousands' => ','),
            'GBP' => array('symbol' => '£', 'before' => true, 'decimals' => 2, 'dec_point' => '.', 'thousands' => ','),
        );
        $formats[$currency] = isset($table[$currency]) ? $table[$currency] : $table['USD'];
    }
    return $formats[$currency];
}

/**
 * @param int    $cents
 * @param string $currency
 * @return string
 */
function shop_format_price($cents, $currency)
{
    $f = shop_currency_format($currency);
    $amount = number_format($cents / 100, $f['decimals'], $f['dec_point'], $f['thousands']);
    return $f['before'] ? $f['symbol'] . $amount : $amount . ' ' . $f['symbol'];
}

/**
 * Build everything the product card template needs.
 *
 * @param int $product_id
 * @return array
 */
function shop_get_product_card_data($product_id)
{
    $row = shop_fetch_product_row($product_id);
    $data = array(
        'title'   => htmlspecialchars($row['name']),
        'price'   => shop_format_price($row['price'], $row['currency']),
        'url'     => '/p/' . $row['id'] . '-' . strtolower(preg_replace('/[^a-z0-9]+/i', '-', $row['name'])),
        'excerpt' => htmlspecialchars(substr($row['description'], 0, 240)),
        'sku'     => $row['sku'],
    );
    return $data;
}

/**
 * @param array $card
 * @return string
 */
function shop_render_product_card(array $card)
{
    return '<div class="product-card"><a href="' . $card['url'] . '">' . $card['title'] . '</a>'
        . '<span class="price">' . $card['price'] . '</span><p>' . $card['excerpt'] . '</p>'
        . '<small>' . $card['sku'] . '</small></div>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bytes = 0;
for ($i = 0; $i < $n; $i++) {
    $product_id = 70000 + $i;
    $html = shop_render_product_card(shop_get_product_card_data($product_id));
    $bytes += strlen($html);
}
