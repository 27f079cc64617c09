<?php

namespace App\Http;

use App\Metrics\RequestMetrics;
use App\Metrics\Sample;

final class ReportController
{
    public function __construct(private RequestMetrics $metrics) {}

    public function show(string $uri): int
    {
        $rows = str_repeat('<tr><td>revenue</td><td>42</td></tr>', 20);
        $tags = ['route' => 'reports.show', 'tenant' => 'acme-' . strlen($uri), 'status' => '200', 'region' => 'eu-west-1'];
        $this->metrics->record(new Sample('reports.show', 12.5 + strlen($rows) / 1000, $tags, 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 ' . $uri . ' ' . str_repeat('x', 200)));
        return 200;
    }
}
