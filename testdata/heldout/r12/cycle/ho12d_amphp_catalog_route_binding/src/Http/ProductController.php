<?php

declare(strict_types=1);

namespace App\Http;

final class ProductController
{
    /** @var array<string, array{name: string, cents: int}> */
    private array $products = [
        'espresso-machine-pro' => ['name' => 'Espresso machine Pro, dual boiler', 'cents' => 189900],
        'burr-grinder-64' => ['name' => 'Flat burr grinder 64 mm', 'cents' => 54900],
        'milk-jug-600' => ['name' => 'Milk jug 600 ml, stainless steel', 'cents' => 2900],
    ];

    public function show(Request $request): Response
    {
        $slug = (string) $request->route('slug');
        $locale = (string) $request->route('locale');
        $product = $this->products[$slug] ?? null;

        if ($product === null) {
            return new Response(404, ['content-type' => 'application/json'], '{"error":"unknown product"}');
        }

        return new Response(200, ['content-type' => 'application/json', 'content-language' => $locale], json_encode([
            'slug' => $slug,
            'name' => $product['name'],
            'price' => $product['cents'] / 100,
            'currency' => 'EUR',
        ]));
    }
}
