<?php

declare(strict_types=1);

use App\Container\Container;
use App\Http\CurrentUser;
use App\Http\DashboardController;
use App\Http\RequestContext;
use App\Http\UserDirectory;

return static function (Container $container): void {
    $container->set(UserDirectory::class, new UserDirectory());
    $container->set(DashboardController::class, new DashboardController());

    $container->scoped(RequestContext::class, RequestContext::class);
    // Bound to the request scope when first resolved: $this is the Scope.
    $container->scoped(CurrentUser::class, function (): CurrentUser {
        $token = $this->attributes['headers']['authorization'] ?? 'anonymous';

        return $this->get(UserDirectory::class)->byToken($token);
    });
};
