<?php

namespace App\Providers;

use App\Accounts\AccountDirectory;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(AccountDirectory::class);
    }
}
