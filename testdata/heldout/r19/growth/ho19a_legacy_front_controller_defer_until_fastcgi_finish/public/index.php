<?php

// Legacy front controller, unchanged since the Apache days.
$__path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);

switch ($__path) {
    case '/checkout.php':
        echo $_SERVER['REQUEST_METHOD'] === 'POST' ? checkout_submit() : '';
        break;
    case '/product.php':
        echo product_view();
        break;
    default:
        http_response_code(404);
        echo 'Not found';
}
