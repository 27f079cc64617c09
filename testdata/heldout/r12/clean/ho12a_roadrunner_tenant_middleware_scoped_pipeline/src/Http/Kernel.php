<?php

declare(strict_types=1);

namespace App\Http;

use App\Http\Middleware\TenantScopeMiddleware;
use App\Tenancy\TenantResolver;

final class Kernel
{
    public function __construct(
        private readonly Pipeline $pipeline,
        private readonly TenantResolver $tenants,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        $tenant = $this->tenants->resolve($request->header('host') ?? 'default.example.com');
        $scope = new TenantScopeMiddleware($tenant);
        $pipeline = $this->pipeline->with($scope->handle(...));

        return $pipeline->handle($request, $this->dispatch(...));
    }

    private function dispatch(ServerRequest $request): Response
    {
        $tenant = $request->attributes['tenant'];

        return new Response(200, json_encode(['tenant' => $tenant->id, 'path' => $request->path]));
    }
}
