<?php

namespace App\Campaigns;

final class Campaign
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $title,
        public readonly int $goalMinor,
        public readonly int $raisedMinor,
        public readonly string $story,
    ) {
    }

    public function percentRaised(): int
    {
        return (int) min(100, floor($this->raisedMinor * 100 / max(1, $this->goalMinor)));
    }
}

final class CampaignRepository
{
    /** @var array<string, Campaign> */
    private array $bySlug = [];

    public function __construct()
    {
        $stories = [
            'clean-water-2024' => 'Every gift funds a well maintained by the village water committee.',
            'winter-coat-drive' => 'Warm coats for children in the shelters we partner with across the city.',
            'library-rebuild' => 'After the flood the community library lost most of its collection.',
            'meals-on-wheels' => 'Hot meals delivered five days a week to homebound seniors.',
        ];
        $id = 100;
        foreach ($stories as $slug => $story) {
            $this->bySlug[$slug] = new Campaign(++$id, $slug, ucwords(str_replace('-', ' ', $slug)), 5_000_000, 1_250_000 + $id * 1000, str_repeat($story . ' ', 6));
        }
    }

    public function findBySlug(string $slug): ?Campaign
    {
        return $this->bySlug[$slug] ?? null;
    }
}
