<?php
// A FrankenPHP worker answers search requests by building a result page whose hits keep weak references back to the page, then encoding it as JSON.

require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/Search.php';

$search = new App\Search\SearchService('products_v3');

$handler = static function () use ($search): void {
    $result = $search->search($_GET['q'] ?? '', (int) ($_GET['page'] ?? 1));
    $json = json_encode($result->toArray(), JSON_THROW_ON_ERROR);
    header('Content-Type: application/json');
};

while (frankenphp_handle_request($handler)) {
}
