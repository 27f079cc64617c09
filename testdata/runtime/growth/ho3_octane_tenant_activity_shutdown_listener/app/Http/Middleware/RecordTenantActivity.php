<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Tenancy\ActivityRepository;
use App\Tenancy\TenantResolver;
use Closure;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Laravel\Octane\Events\WorkerStopping;

/**
 * Tracks page views per tenant; the data is persisted in bulk when the worker stops.
 */
final class RecordTenantActivity
{
    public function __construct(
        private readonly Dispatcher $events,
        private readonly TenantResolver $tenants,
        private readonly ActivityRepository $activity,
    ) {}

    public function handle(Request $request, Closure $next): Response
    {
        $tenant = $this->tenants->resolve($request->getHost());
        if ($tenant === null) {
            return new Response('Unknown tenant', 404);
        }
        $request->attributes['tenant'] = $tenant;

        $entry = [
            'path' => $request->path(),
            'method' => $request->method(),
            'agent' => $request->userAgent(),
            'referer' => $request->header('Referer'),
            'at' => date(DATE_ATOM),
        ];
        $repository = $this->activity;
        $this->events->listen(WorkerStopping::class, static function (WorkerStopping $event) use ($repository, $tenant, $entry): void { // leak
            $repository->store($tenant->id, $entry);
        });

        return $next($request);
    }
}
