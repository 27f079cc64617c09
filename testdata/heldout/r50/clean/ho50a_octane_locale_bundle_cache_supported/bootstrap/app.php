<?php

use App\Http\Kernel;
use App\Http\Middleware\NegotiateLocale;
use App\Services\MessageLoader;
use App\Services\TranslationRepository;
use App\Support\Config;
use App\Support\LocaleNegotiator;
use Illuminate\Container\Container;

$app = new Container();
Container::setInstance($app);

$app->instance('config', new Config([
    'app' => require __DIR__ . '/../config/app.php',
    'octane' => require __DIR__ . '/../config/octane.php',
]));

$app->singleton(TranslationRepository::class, static fn (Container $app) => new TranslationRepository(
    new MessageLoader(),
    $app->make('config')->get('app.locale'),
));

$app->singleton(LocaleNegotiator::class, static fn (Container $app) => new LocaleNegotiator(
    $app->make('config')->get('app.supported_locales'),
    $app->make('config')->get('app.fallback_locale'),
));

$app->bind(NegotiateLocale::class, static fn (Container $app) => new NegotiateLocale(
    $app->make(LocaleNegotiator::class),
));

$app->bind('kernel', static fn (Container $app) => new Kernel($app));

return $app;
