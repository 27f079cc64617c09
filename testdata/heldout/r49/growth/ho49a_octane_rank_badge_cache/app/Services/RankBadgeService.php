<?php

namespace App\Services;

use App\Support\BadgeKey;
use Illuminate\Config\Repository;

final class PlayerCard
{
    public function __construct(
        public readonly int $playerId,
        public readonly string $handle,
        public readonly string $region,
        public readonly int $rating,
        public readonly string $tier,
    ) {
    }
}

final class RankBadgeService
{
    /** @var array<string, string> rendered SVG badges */
    private array $rendered = [];

    public function __construct(private Repository $config)
    {
    }

    public function cardFor(int $playerId, string $handle, string $region, int $rating): PlayerCard
    {
        $tier = 'bronze';
        foreach ($this->config->get('badges.tiers') as $name => $floor) {
            if ($rating >= $floor) {
                $tier = $name;
            }
        }
        if (!in_array($region, $this->config->get('badges.regions'), true)) {
            $region = 'eu';
        }
        return new PlayerCard($playerId, $handle, $region, $rating, $tier);
    }

    public function badge(PlayerCard $card): string
    {
        $key = BadgeKey::for($card);
        if (!isset($this->rendered[$key])) {
            $this->rendered[$key] = $this->render($card->tier, $card->region); // leak
        }
        return $this->rendered[$key];
    }

    private function render(string $tier, string $region): string
    {
        $color = substr(md5($tier), 0, 6);
        $svg = sprintf('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" data-tier="%s" data-region="%s">', $tier, $region);
        for ($ring = 0; $ring < 6; $ring++) {
            $svg .= sprintf('<circle cx="48" cy="48" r="%d" stroke="#%s" stroke-width="2" fill="none" opacity="0.%d"/>', 46 - $ring * 6, $color, 9 - $ring);
        }
        $svg .= sprintf('<text x="48" y="54" text-anchor="middle" font-family="Inter" font-size="14">%s</text>', strtoupper($region));
        return $svg . '</svg>';
    }
}
