<?php

namespace App\Http\Controllers\Api;

use App\Reports\ReportCache;
use Illuminate\Http\Request;

class ReportController
{
    private const PRESETS = ['today' => 1, 'last_7_days' => 7, 'last_30_days' => 30, 'quarter' => 90];

    private const REPORTS = ['sales', 'orders', 'refunds'];

    public function __construct(private ReportCache $cache)
    {
    }

    public function show(Request $request, string $report): string
    {
        $report = in_array($report, self::REPORTS, true) ? $report : 'sales';
        $preset = array_key_exists($request->input('range'), self::PRESETS) ? $request->input('range') : 'last_7_days';

        return $this->cache->remember("{$report}:{$preset}", function () use ($report, $preset) {
            $rows = array_map(fn (int $d) => ['day' => $d, 'revenue' => $d * 137, 'orders' => $d * 3], range(1, 10));

            return json_encode(['report' => $report, 'range' => $preset, 'days' => self::PRESETS[$preset], 'rows' => $rows]);
        });
    }
}
