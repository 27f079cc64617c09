<?php

namespace App\Search;

use Illuminate\Http\Request;

final class SearchCriteria
{
    public function __construct(
        public readonly string $market,
        public readonly int $minBeds,
        public readonly int $minPrice,
        public readonly int $maxPrice,
        public readonly string $keywords,
        public readonly int $page,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        return new self(
            strtolower(trim((string) $request->query('city', ''))),
            max(0, $request->integer('beds')),
            max(0, $request->integer('min_price')),
            $request->integer('max_price', PHP_INT_MAX),
            trim((string) $request->query('q', '')),
            max(1, $request->integer('page', 1)),
        );
    }

    public function toArray(): array
    {
        return [
            'market' => $this->market,
            'beds' => $this->minBeds,
            'min_price' => $this->minPrice,
            'max_price' => $this->maxPrice,
            'q' => $this->keywords,
        ];
    }
}
