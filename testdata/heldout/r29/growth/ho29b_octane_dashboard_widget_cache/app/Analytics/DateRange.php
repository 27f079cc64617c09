<?php

namespace App\Analytics;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Config;

final class DateRange
{
    public function __construct(
        public readonly string $preset,
        public readonly int $from,
        public readonly int $to,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        $presets = Config::get('dashboards.presets');
        $preset = (string) $request->query('range', Config::get('dashboards.default_preset'));
        if (!array_key_exists($preset, $presets)) {
            $preset = Config::get('dashboards.default_preset');
        }
        $to = (int) $request->server('REQUEST_TIME');

        return new self($preset, $to - $presets[$preset], $to);
    }

    public function bindings(): array
    {
        return ['from' => $this->from, 'to' => $this->to];
    }
}
