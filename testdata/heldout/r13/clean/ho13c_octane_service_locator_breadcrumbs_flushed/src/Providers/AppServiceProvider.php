<?php

declare(strict_types=1);

namespace App\Providers;

use App\Diagnostics\Breadcrumbs;
use App\Support\Services;

final class AppServiceProvider
{
    public function register(): void
    {
        Services::define('breadcrumbs', static fn (): Breadcrumbs => new Breadcrumbs('shop@2024.11.3'));
        Services::define('view.shared', static fn (): \ArrayObject => new \ArrayObject());
        Services::define('auth.user', static fn (): \stdClass => new \stdClass());
        Services::define('cart.session', static fn (): \ArrayObject => new \ArrayObject());
    }
}
