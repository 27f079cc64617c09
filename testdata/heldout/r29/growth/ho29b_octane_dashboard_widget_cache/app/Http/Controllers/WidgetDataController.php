<?php

namespace App\Http\Controllers;

use App\Analytics\DashboardCacheKey;
use App\Analytics\DateRange;
use App\Analytics\WidgetQueryRunner;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Config;

final class WidgetDataController
{
    public function __construct(private WidgetQueryRunner $queries)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        $widget = (string) $request->route('widget');
        if (!$this->queries->supports($widget)) {
            return new JsonResponse(['error' => 'unknown widget'], 404);
        }
        $range = DateRange::fromRequest($request);
        $key = DashboardCacheKey::for($widget, $this->queries->sql($widget), $range);

        $rows = Cache::remember($key, (int) Config::get('dashboards.cache_ttl'), fn () => $this->queries->run($widget, $range)); // leak

        return new JsonResponse(['widget' => $widget, 'range' => $range->preset, 'rows' => $rows]);
    }
}
