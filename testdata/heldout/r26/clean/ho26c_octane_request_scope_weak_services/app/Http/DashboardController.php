<?php

namespace App\Http;

use App\Container\RequestScope;
use App\Services\CurrentTenant;
use App\Services\RequestLocale;

final class DashboardController
{
    public function __invoke(RequestScope $scope): array
    {
        $tenant = $scope->get(CurrentTenant::class);
        $locale = $scope->get(RequestLocale::class);

        return [
            'status' => 200,
            'body' => json_encode(['tenant' => $tenant->slug(), 'locale' => $locale->locale(), 'cache' => $tenant->cacheNamespace()]),
        ];
    }
}
