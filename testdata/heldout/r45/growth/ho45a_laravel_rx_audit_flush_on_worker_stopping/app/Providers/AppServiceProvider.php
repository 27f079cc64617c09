<?php

declare(strict_types=1);

namespace App\Providers;

use App\Pharmacy\SurescriptsGateway;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(SurescriptsGateway::class, static fn () => new SurescriptsGateway(
            getenv('SURESCRIPTS_ENDPOINT') ?: 'https://staging.surescripts.example/erx',
            getenv('SURESCRIPTS_ACCOUNT') ?: 'TELEHEALTH-0042',
        ));
    }
}
