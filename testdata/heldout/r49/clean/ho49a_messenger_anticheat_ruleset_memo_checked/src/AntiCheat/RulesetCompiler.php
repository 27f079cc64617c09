<?php

namespace App\AntiCheat;

final class RulesetCompiler
{
    private const BASE = [
        'aim_snap_deg' => 12.0,
        'reaction_ms' => 170,
        'wallbang_ratio' => 0.35,
        'prefire_ratio' => 0.4,
        'headshot_ratio' => 0.72,
        'crosshair_on_hidden_ms' => 900,
        'spinbot_yaw_deg_s' => 1800,
        'recoil_variance' => 0.05,
        'input_jitter_ms' => 2.5,
        'trigger_delay_ms' => 35,
    ];

    public function __construct(private string $version)
    {
    }

    /** @return array<string, array{threshold: float, weight: float, label: string}> */
    public function compile(Game $game, array $overrides): array
    {
        $rules = [];
        foreach ($overrides + self::BASE as $name => $threshold) {
            $rules[$name] = [
                'threshold' => (float) $threshold,
                'weight' => round(1 / (1 + crc32($game->value . $name) % 7), 3),
                'label' => sprintf('%s/%s/%s', $this->version, $game->value, str_replace('_', '-', $name)),
            ];
        }
        return $rules;
    }
}
