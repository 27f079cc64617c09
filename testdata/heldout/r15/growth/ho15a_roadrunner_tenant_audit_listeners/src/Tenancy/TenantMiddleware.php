<?php

declare(strict_types=1);

namespace App\Tenancy;

use Acme\Events\Dispatcher;
use App\Events\ModelSaved;
use App\Events\QueryExecuted;
use App\Http\Request;

final class TenantMiddleware
{
    public function __construct(
        private readonly Dispatcher $events,
        private readonly AuditTrail $audit,
    ) {
    }

    public function process(Request $request, callable $next): array
    {
        $tenant = $request->header('x-tenant', 'public');

        foreach ($this->requestListeners($request, $tenant) as $event => $listener) {
            $this->events->listen($event, $listener); // leak
        }

        return $next($request);
    }

    /**
     * @return array<class-string, \Closure>
     */
    private function requestListeners(Request $request, string $tenant): array
    {
        return array_merge(
            [QueryExecuted::class => $this->queryAuditor($request, $tenant)],
            [ModelSaved::class => $this->saveAuditor($request, $tenant)],
        );
    }

    private function queryAuditor(Request $request, string $tenant): \Closure
    {
        return function (QueryExecuted $e) use ($request, $tenant): void {
            if ($e->ms > 250.0) {
                $this->audit->write($tenant, $request->header('x-user', 'anon'), sprintf('slow query on %s: %s', $request->path, $e->sql));
            }
        };
    }

    private function saveAuditor(Request $request, string $tenant): \Closure
    {
        return function (ModelSaved $e) use ($request, $tenant): void {
            $this->audit->write($tenant, $request->header('x-user', 'anon'), sprintf('%s %s#%s', $request->method, $e->model, $e->key));
        };
    }
}
