<?php

namespace App\Providers;

use App\Billing\InvoiceDraftStore;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->scoped(InvoiceDraftStore::class);
    }
}
