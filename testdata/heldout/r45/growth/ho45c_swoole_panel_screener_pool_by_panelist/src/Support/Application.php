<?php

declare(strict_types=1);

namespace App\Support;

use App\Http\ScreenerController;
use App\Recruitment\PanelistPool;
use App\Recruitment\QuotaCell;
use App\Recruitment\ScreenerRules;
use App\Recruitment\ScreenerService;
use Swoole\Http\Request;
use Swoole\Http\Response;

/**
 * Per-worker application: services are created once in onWorkerStart and
 * shared by every request the worker serves.
 */
final class Application
{
    /** @var array<string, object> */
    private array $services = [];
    /** @var array<string, string> route => service id */
    private array $routes = [];

    public static function boot(array $config): self
    {
        $app = new self();
        $targets = [];
        foreach (QuotaCell::cases() as $cell) {
            $targets[$cell->value] = $config['quota_per_cell'];
        }
        $app->services[PanelistPool::class] = new PanelistPool($targets);
        $app->services[ScreenerService::class] = new ScreenerService($app->services[PanelistPool::class], new ScreenerRules());
        $app->services[ScreenerController::class] = new ScreenerController($app->services[ScreenerService::class]);
        $app->routes['POST /screener'] = ScreenerController::class;

        return $app;
    }

    public function handle(Request $request, Response $response): void
    {
        $route = strtoupper((string) $request->getMethod()) . ' ' . ($request->server['path_info'] ?? '/');
        $id = $this->routes[$route] ?? null;
        if ($id === null) {
            $response->status(404);
            $response->end();

            return;
        }
        ($this->services[$id])($request, $response);
    }
}
