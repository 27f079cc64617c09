<?php

declare(strict_types=1);

namespace App;

use App\Http\DashboardController;
use App\Tenancy\TenantContext;
use App\Tenancy\TenantRepository;

final class Kernel
{
    private array $services = [];

    public function boot(): void
    {
        $this->services[TenantContext::class] = new TenantContext();
        $this->services[DashboardController::class] = new DashboardController(
            new TenantRepository(),
            $this->services[TenantContext::class],
        );
    }

    public function handle(array $server): void
    {
        ($this->services[DashboardController::class])($server)->send();
    }
}
