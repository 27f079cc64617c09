<?php

declare(strict_types=1);

namespace App\Catalog;

use App\Tracing\Tracer;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;

final class ProductController
{
    public function __construct(private readonly Tracer $tracer)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $root = $this->tracer->startRootSpan("GET /products/{sku}", $request->headers['traceparent'] ?? '');
        $root->setAttribute('http.url', $request->uri)->setAttribute('http.user_agent', $request->headers['user-agent'] ?? '');

        $sku = basename(parse_url($request->uri, PHP_URL_PATH));

        $cache = $root->startChild('cache.get');
        $cache->setAttribute('cache.key', "product:{$sku}:eur:v3")->setAttribute('cache.hit', false);
        $cache->end();

        $query = $root->startChild('db.query');
        $query->setAttribute('db.system', 'postgresql')
            ->setAttribute('db.statement', "SELECT p.*, s.quantity, pr.amount FROM products p JOIN stock s ON s.product_id = p.id JOIN prices pr ON pr.product_id = p.id AND pr.currency = 'EUR' WHERE p.sku = '{$sku}'");
        $query->end();

        $response = new Response(200, ['content-type' => 'application/json'], json_encode(['sku' => $sku, 'price' => 1999]));
        $root->setAttribute('http.status_code', $response->status);
        $root->end();

        $this->tracer->processor()->forceFlush();

        return $response;
    }
}
