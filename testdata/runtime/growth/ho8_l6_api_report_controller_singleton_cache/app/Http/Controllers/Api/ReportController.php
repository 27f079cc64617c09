<?php

namespace App\Http\Controllers\Api;

use App\Reports\ReportCache;
use Illuminate\Http\Request;

class ReportController
{
    public function __construct(private ReportCache $cache)
    {
    }

    public function show(Request $request, string $report): string
    {
        $key = sprintf('%s:%s:%s', $report, $request->input('from'), $request->input('to'));

        return $this->cache->remember($key, function () use ($report, $request) {
            $rows = array_map(fn (int $d) => ['day' => $d, 'revenue' => $d * 137, 'orders' => $d * 3], range(1, 10));

            return json_encode(['report' => $report, 'range' => [$request->input('from'), $request->input('to')], 'rows' => $rows]);
        });
    }
}
