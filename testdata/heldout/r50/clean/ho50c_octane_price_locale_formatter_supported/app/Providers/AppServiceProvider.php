<?php

namespace App\Providers;

use App\Http\Controllers\QuoteController;
use App\Http\Kernel as AppKernel;
use App\Services\PriceFormatter;
use App\Support\LocaleResolver;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Routing\Router;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Router::class, fn ($app) => new Router($app));
        $this->app->bind(Kernel::class, fn ($app) => new AppKernel($app, $app->make(Router::class)));
        $this->app->singleton(PriceFormatter::class, fn ($app) => new PriceFormatter($app->make('config')->get('app.currency')));
        $this->app->singleton(LocaleResolver::class, fn ($app) => new LocaleResolver(
            $app->make('config')->get('app.supported_locales'),
            $app->make('config')->get('app.fallback_locale'),
        ));
        $this->app->singleton(\App\Repositories\ProductRepository::class);
        $this->app->singleton(\App\Listeners\RecordQuoteServed::class);
    }

    public function boot(): void
    {
        $events = $this->app->make('events');
        foreach ($this->app->make('config')->get('octane.listeners', []) as $event => $listeners) {
            foreach ($listeners as $listener) {
                $events->listen($event, $listener);
            }
        }

        require $this->app->basePath('routes/web.php');
    }
}
