<?php

declare(strict_types=1);

require __DIR__ . '/vendor/webonyx/graphql/Language/Parser.php';
require __DIR__ . '/src/Schema/TypeRegistry.php';
require __DIR__ . '/src/GraphQL/DocumentCache.php';
require __DIR__ . '/src/GraphQL/QueryExecutor.php';
require __DIR__ . '/src/Http/GraphQLEndpoint.php';

use App\GraphQL\DocumentCache;
use App\GraphQL\QueryExecutor;
use App\Http\GraphQLEndpoint;
use App\Schema\TypeRegistry;

// RoadRunner HTTP worker: services are built once, requests are served in a loop.
$viewerQuery = 'query Viewer { viewer { id email } }';
$persisted = [hash('sha256', $viewerQuery) => $viewerQuery];

$documents = new DocumentCache();
foreach ($persisted as $source) {
    $documents->allow($source);
}

$endpoint = new GraphQLEndpoint(new QueryExecutor(new TypeRegistry(), $documents), $persisted);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bootedAt = 1_700_000_000.0;

for ($i = 0; $i < $n; $i++) {
    if ($i % 4 === 0) {
        $body = json_encode([
            'extensions' => ['persistedQuery' => ['version' => 1, 'sha256Hash' => array_key_first($persisted)]],
        ]);
    } else {
        // The storefront inlines the order number instead of using variables.
        $orderId = sprintf('ORD-%06d', 100000 + $i * 7);
        $body = json_encode([
            'query' => "query OrderDetails { order(id: \"{$orderId}\") { id total currency items { sku qty } } }",
        ]);
    }

    $endpoint->handle(['REQUEST_METHOD' => 'POST', 'REQUEST_TIME_FLOAT' => $bootedAt + $i * 0.25], $body);
}
