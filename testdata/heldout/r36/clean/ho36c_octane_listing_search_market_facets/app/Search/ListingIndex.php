<?php

namespace App\Search;

final class ListingIndex
{
    private const TYPES = ['condo', 'single_family', 'townhouse', 'multi_family', 'studio'];
    private const AMENITIES = ['garage', 'pool', 'garden', 'in_unit_laundry', 'balcony', 'fireplace', 'ev_charger'];

    /** @param list<array<string, mixed>> $listings */
    private function __construct(private array $listings)
    {
    }

    public static function seed(int $count): self
    {
        $markets = ['austin', 'denver', 'portland', 'raleigh', 'tampa', 'boise'];
        $rows = [];
        for ($i = 1; $i <= $count; $i++) {
            $rows[] = [
                'id' => 7000 + $i,
                'market' => $markets[$i % count($markets)],
                'type' => self::TYPES[$i % count(self::TYPES)],
                'beds' => 1 + $i % 5,
                'baths' => 1 + $i % 3,
                'price' => 120000 + $i * 9750,
                'amenities' => array_values(array_filter(self::AMENITIES, fn ($a, $k) => ($i + $k) % 3 === 0, ARRAY_FILTER_USE_BOTH)),
                'headline' => sprintf('%d bed %s near downtown', 1 + $i % 5, str_replace('_', ' ', self::TYPES[$i % count(self::TYPES)])),
            ];
        }
        return new self($rows);
    }

    public function inMarket(string $market): array
    {
        return array_values(array_filter($this->listings, fn (array $l) => $l['market'] === $market));
    }

    public function all(): array
    {
        return $this->listings;
    }
}
