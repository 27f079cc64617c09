<?php

namespace App\Services;

use App\Container\RequestAware;
use App\Container\RequestScope;

final class RequestLocale implements RequestAware
{
    private string $locale = 'en';
    private array $candidates = [];

    public function __construct(
        private RequestScope $scope, // leak
    ) {
    }

    public function initialize(): void
    {
        $tenant = $this->scope->get(CurrentTenant::class);
        $header = $this->scope->request->headers['accept-language'] ?? '';
        foreach (explode(',', $header) as $part) {
            $this->candidates[] = strtolower(trim(explode(';', $part)[0]));
        }
        $this->locale = $this->candidates[0] ?? ('en-' . $tenant->slug());
    }

    public function locale(): string
    {
        return $this->locale;
    }
}
