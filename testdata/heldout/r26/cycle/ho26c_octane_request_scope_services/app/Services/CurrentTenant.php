<?php

namespace App\Services;

use App\Container\RequestAware;
use App\Container\RequestScope;

final class CurrentTenant implements RequestAware
{
    private array $settings = [];
    private string $cacheNamespace = '';

    public function __construct(
        private RequestScope $scope, // leak
    ) {
    }

    public function initialize(): void
    {
        $host = $this->scope->request->headers['host'];
        $this->settings = $this->scope->get(TenantDirectory::class)->settingsFor($host);
        $this->settings['resolved_for'] = $this->scope->request->id;
        $this->cacheNamespace = 'tenant:' . $this->settings['slug'] . ':' . $this->scope->request->id;
    }

    public function slug(): string
    {
        return $this->settings['slug'];
    }

    public function cacheNamespace(): string
    {
        return $this->cacheNamespace;
    }
}
