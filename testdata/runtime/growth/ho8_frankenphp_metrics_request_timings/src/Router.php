<?php

namespace App;

use App\Metrics\RequestTiming;
use function App\Metrics\record_timing;

final class Router
{
    public function dispatch(array $server, array $query): string
    {
        $start = hrtime(true);
        $route = str_starts_with($server['REQUEST_URI'], '/r/') ? 'report_show' : 'home';
        $body = sprintf('<table>%s</table>', str_repeat('<tr><td>' . htmlspecialchars($query['q'] ?? '') . '</td></tr>', 8));
        record_timing(new RequestTiming($route, $server['REQUEST_URI'], (hrtime(true) - $start) / 1e6, [
            'db' => ['sql' => 'SELECT * FROM reports WHERE id = ? AND tenant_id = ? ORDER BY created_at DESC', 'ms' => 1.7],
            'render' => ['template' => 'reports/show.html.twig', 'bytes' => strlen($body), 'ms' => 0.4],
            'user_agent' => str_repeat('Mozilla/5.0 ', 16),
        ]));
        return $body;
    }
}
