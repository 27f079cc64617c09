<?php

namespace App\Providers;

use App\Glossary\Glossary;
use App\Glossary\TermEventBus;
use App\Glossary\TermScanner;
use Illuminate\Support\ServiceProvider;

final class GlossaryServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Glossary::class, fn () => new Glossary('de-DE', [
            'translation memory' => 'Translation Memory',
            'source string' => 'Ausgangszeichenfolge',
            'locale' => 'Gebietsschema',
            'glossary' => 'Glossar',
            'placeholder' => 'Platzhalter',
        ]));

        $this->app->singleton('glossary.bus', fn () => new TermEventBus());

        $this->app->bind(TermScanner::class, fn ($app) => new TermScanner($app->make(Glossary::class)));
    }
}
