<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Support\ProductCardCache;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class ProductCardController
{
    public function __construct(private ProductCardCache $cards)
    {
    }

    public function show(Request $request): Response
    {
        $productId = (int) $request->route('product');
        $locale = $request->header('accept-language', 'en');

        $html = $this->cards->remember(
            $this->cacheKey($productId, $locale),
            fn (): string => $this->render($productId, $locale),
        );

        return new Response($html);
    }

    private function cacheKey(int $productId, string $locale): string
    {
        return sprintf('card:%s:%d', $locale, $productId);
    }

    private function render(int $productId, string $locale): string
    {
        $badges = implode('', array_map(
            static fn (string $b): string => sprintf('<span class="badge badge-%s">%s</span>', $b, ucfirst($b)),
            ['bestseller', 'eco', 'fast-shipping', 'warranty'],
        ));

        return sprintf(
            '<article class="product-card" data-id="%d" lang="%s"><img src="/img/p/%d/thumb.webp" alt="Product %d" loading="lazy">'
            . '<h3>Ergonomic office chair model %d</h3><p class="price">%s</p><div class="badges">%s</div>'
            . '<p class="blurb">%s</p><a class="cta" href="/products/%d">View details</a></article>',
            $productId, $locale, $productId, $productId, $productId,
            number_format(129 + $productId % 50, 2) . ' EUR',
            $badges,
            str_repeat('Breathable mesh back, adjustable lumbar support. ', 4),
            $productId,
        );
    }
}
