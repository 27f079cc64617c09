<?php

declare(strict_types=1);

namespace App\Providers;

use App\Http\Controllers\DashboardController;
use App\Http\Middleware\RecordTenantActivity;
use App\Tenancy\ActivityRepository;
use App\Tenancy\TenantResolver;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

/**
 * Wires the HTTP pipeline once per worker.
 */
final class AppServiceProvider
{
    public function __construct(private readonly Dispatcher $events) {}

    /**
     * @return callable(Request): Response
     */
    public function boot(): callable
    {
        $middleware = new RecordTenantActivity($this->events, new TenantResolver(), new ActivityRepository());
        $controller = new DashboardController();

        return static fn (Request $request): Response => $middleware->handle($request, $controller(...));
    }
}
