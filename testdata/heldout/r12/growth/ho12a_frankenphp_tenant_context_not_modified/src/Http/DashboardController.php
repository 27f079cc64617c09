<?php

declare(strict_types=1);

namespace App\Http;

use App\Tenancy\Tenant;
use App\Tenancy\TenantContext;
use App\Tenancy\TenantRepository;

final class DashboardController
{
    public function __construct(
        private readonly TenantRepository $tenants,
        private readonly TenantContext $context,
    ) {
    }

    /** @param array<string, string> $server */
    public function __invoke(array $server): Response
    {
        $tenant = $this->tenants->find($server['HTTP_X_TENANT'] ?? 'default');
        $this->context->enter($tenant);

        $etag = $this->etagFor($tenant);
        if (($server['HTTP_IF_NONE_MATCH'] ?? null) === $etag) {
            return new Response(304, '', ['ETag' => $etag]);
        }

        $body = $this->render();
        $this->context->leave();

        return new Response(200, $body, ['ETag' => $etag]);
    }

    private function etagFor(Tenant $tenant): string
    {
        return '"' . md5($tenant->id . ':v' . $tenant->version) . '"';
    }

    private function render(): string
    {
        $tenant = $this->context->current();

        return sprintf('<html><style>%s</style><h1>%s</h1></html>', $tenant->branding['css'], $tenant->name);
    }
}
