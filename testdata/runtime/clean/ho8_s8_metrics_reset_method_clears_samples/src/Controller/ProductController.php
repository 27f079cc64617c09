<?php

namespace App\Controller;

use App\Metrics\RequestMetrics;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class ProductController
{
    public function __construct(private RequestMetrics $metrics) {}

    public function __invoke(Request $request): Response
    {
        $sku = $request->query['sku'];
        $this->metrics->countQuery(cacheMiss: true);
        $html = sprintf('<article data-sku="%s"><h1>%s</h1>%s</article>', $sku, ucfirst($sku), str_repeat('<li>spec</li>', 10));
        $this->metrics->observe('http_response_bytes', strlen($html), ['route' => 'product_show', 'sku' => $sku, 'ua' => str_repeat('Mozilla/5.0 ', 30)]);
        return new Response($html);
    }
}
