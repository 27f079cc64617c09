<?php

namespace App\Services;

class MessageLoader
{
    private const CATALOG = [
        'catalog.title' => 'Browse our catalogue',
        'catalog.subtitle' => 'Hand-picked products, shipped from our own warehouse',
        'catalog.empty' => 'No products match the filters you selected',
        'catalog.sort.price' => 'Price, lowest first',
        'catalog.sort.newest' => 'Newest arrivals first',
        'catalog.filter.brand' => 'Filter by brand',
        'catalog.filter.size' => 'Filter by size',
        'catalog.filter.colour' => 'Filter by colour',
        'cart.add' => 'Add to cart',
        'cart.added' => 'The item was added to your cart',
        'cart.checkout' => 'Proceed to checkout',
        'footer.legal' => 'All prices include VAT where applicable',
    ];

    /** @return array<string, string> */
    public function load(string $locale): array
    {
        $language = substr($locale, 0, 2);

        return array_map(
            static fn (string $line): string => sprintf('[%s] %s', $language, $line),
            self::CATALOG,
        );
    }
}
