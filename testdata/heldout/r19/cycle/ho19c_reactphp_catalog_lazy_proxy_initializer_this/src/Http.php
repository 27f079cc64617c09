<?php

declare(strict_types=1);

namespace Catalog\Http;

use Catalog\Product;
use Catalog\ProductGhost;
use Catalog\ProductLoader;

final class RelatedProductsRepository
{
    public function __construct(private readonly ProductLoader $loader)
    {
    }

    /** @return list<Product> */
    public function relatedTo(int $productId, int $limit): array
    {
        $related = [];
        for ($k = 1; $k <= $limit; $k++) {
            $related[] = new ProductGhost(($productId * 31 + $k) % 5000, $this->loader);
        }

        return $related;
    }
}

final class ServerRequest
{
    public function __construct(public readonly string $path, public readonly array $query)
    {
    }
}

final class RelatedProductsController
{
    public function __construct(private readonly RelatedProductsRepository $repository)
    {
    }

    public function __invoke(ServerRequest $request): string
    {
        $productId = (int) basename($request->path);
        $products = $this->repository->relatedTo($productId, 3);

        // Only the first card is rendered with details; the rest are links.
        $cards = [];
        foreach ($products as $i => $product) {
            $cards[] = $i === 0
                ? ['id' => $product->id(), 'name' => $product->name(), 'price' => $product->priceCents()]
                : ['id' => $product->id(), 'href' => '/products/' . $product->id()];
        }

        return json_encode($cards, JSON_THROW_ON_ERROR);
    }
}
