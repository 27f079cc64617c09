<?php

namespace App\Providers;

use App\Warnings\DraftSession;
use App\Warnings\IssuedWarnings;
use App\Warnings\VtecSequence;
use Illuminate\Support\ServiceProvider;

class WarningServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(VtecSequence::class, static fn () => new VtecSequence(office: 'KOUN'));
        $this->app->singleton(DraftSession::class);
        $this->app->singleton(IssuedWarnings::class);
    }
}
