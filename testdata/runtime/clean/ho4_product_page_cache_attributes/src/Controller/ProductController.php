<?php
declare(strict_types=1);

namespace App\Controller;

use App\Http\Request;
use App\Http\Response;

final class ProductController
{
    private const LANGUAGES = ['en', 'de', 'fr'];

    public function show(Request $request, int $id): Response
    {
        $product = $this->loadProduct($id, $request->getPreferredLanguage(self::LANGUAGES));
        $this->cacheFor($request, $product, 300);

        return new Response($this->render($product));
    }

    private function cacheFor(Request $request, array $product, int $ttl): void
    {
        $request->attributes['_cache'] = [
            'max_age' => $ttl,
            'etag' => md5($product['id'] . $product['updated_at']),
        ];
    }

    private function loadProduct(int $id, string $lang): array
    {
        return [
            'id' => $id,
            'lang' => $lang,
            'name' => 'Product ' . $id,
            'description' => str_repeat('Great product, very durable. ', 12),
            'updated_at' => '2024-02-' . str_pad((string) (1 + $id % 28), 2, '0', STR_PAD_LEFT),
        ];
    }

    private function render(array $product): string
    {
        return sprintf('<h1>%s</h1><p>%s</p>', htmlspecialchars($product['name']), htmlspecialchars($product['description']));
    }
}
