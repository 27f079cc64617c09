<?php

declare(strict_types=1);

require __DIR__ . '/src/Observability/Hub.php';
require __DIR__ . '/src/Http/Kernel.php';

use App\Http\Kernel;
use App\Http\ProductController;
use App\Http\Request;
use App\Http\SentryContextMiddleware;
use App\Observability\SentrySdk;

// Octane worker boot: the SDK and the kernel live for every request this worker serves.
SentrySdk::init()->getScope()->setTag('release', 'shop@2024.11.3');
$kernel = new Kernel(new SentryContextMiddleware(), new ProductController());

// Crawlers and stale links: a good share of product URLs no longer exist.
$slugs = ['kettle', 'toaster', 'discontinued-grill', 'blender', 'old-fridge-2019'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $slug = $slugs[$i % count($slugs)];
    $kernel->handle(new Request(
        method: 'GET',
        uri: "/products/{$slug}?ref=campaign-{$i}",
        query: ['slug' => $slug, 'ref' => "campaign-{$i}", 'utm_source' => 'newsletter-' . ($i % 12)],
        userId: $i % 4 === 0 ? null : 10_000 + $i,
        ip: '10.0.' . ($i % 250) . '.' . ($i % 7 + 1),
    ));
}
