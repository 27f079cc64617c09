<?php

declare(strict_types=1);

namespace App\Controller;

use App\Cache\ArrayCache;
use App\Tracing\Tracer;

final class ProductController
{
    public function __construct(private readonly Tracer $tracer, private readonly ArrayCache $cache)
    {
    }

    public function show(int $productId, array $server): array
    {
        $key = 'product_' . $productId;
        $span = $this->tracer->spanBuilder('cache.get')
            ->setAttribute('cache.key', $key)
            ->setAttribute('http.url', $server['REQUEST_URI'])
            ->setAttribute('http.user_agent', $server['HTTP_USER_AGENT'])
            ->setAttribute('enduser.session', $server['HTTP_COOKIE'])
            ->startSpan();

        try {
            $product = $this->cache->get($key);
            if ($product !== null) {
                $span->setAttribute('cache.hit', true);

                return $product;
            }

            $span->setAttribute('cache.hit', false);
            $span->addEvent('cache.miss', ['loader' => 'ProductRepository::find']);
            $product = ['id' => $productId, 'name' => "Product $productId", 'price' => 1999 + $productId];
            $this->cache->set($key, $product);

            return $product;
        } finally {
            $span->end();
        }
    }
}
