<?php

namespace App\Controller;

use App\Repository\ProductRepository;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class ProductController
{
    public function __construct(private ProductRepository $products)
    {
    }

    public function show(ServerRequestInterface $request, array $route): ResponseInterface
    {
        $product = $this->products->find((int) $route['id']);
        if ($product === null) {
            return new Response(404, [], '{"error":"not found"}');
        }

        $body = [
            'id' => $product['id'],
            'name' => $product['name'],
            '_links' => [
                'self' => route_path('product.show', ['id' => $product['id'], 'slug' => $product['slug']]),
                'reviews' => route_path('product.reviews', ['id' => $product['id'], 'page' => 1]),
                'category' => route_path('category.list', ['category' => $product['category']]),
                'related' => array_map(static fn (int $id) => route_path('product.show', ['id' => $id]), $product['related']),
            ],
        ];

        return new Response(200, ['Content-Type' => 'application/json'], json_encode($body, JSON_THROW_ON_ERROR));
    }
}
