<?php
// A storefront worker renders product pages, loading each product through a lazy promise-based catalog client whose wait callback resolves the promise.

declare(strict_types=1);

require __DIR__ . '/lib/GuzzleHttp/Promise/PromiseInterface.php';
require __DIR__ . '/lib/GuzzleHttp/Promise/Promise.php';
require __DIR__ . '/src/Catalog/ProductPayload.php';
require __DIR__ . '/src/Catalog/CatalogTransport.php';
require __DIR__ . '/src/Catalog/AsyncCatalogClient.php';

use App\Catalog\AsyncCatalogClient;
use App\Catalog\CatalogTransport;
use App\Catalog\ProductPayload;

function renderProductPage(ProductPayload $product): string
{
    return sprintf(
        '<article data-sku="%s"><h1>%s</h1><p>%s</p><ul>%s</ul></article>',
        htmlspecialchars($product->sku),
        htmlspecialchars($product->title),
        htmlspecialchars($product->description),
        implode('', array_map(static fn (string $t): string => '<li>' . $t . '</li>', $product->tags)),
    );
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new AsyncCatalogClient(new CatalogTransport('https://catalog.internal'));
$bytesSent = 0;

for ($i = 0; $i < $n; $i++) {
    $html = renderProductPage($client->getProduct(5000 + $i));
    $bytesSent += strlen($html);
}
