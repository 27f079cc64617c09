<?php

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Glossary/TermEventBus.php';
require __DIR__ . '/app/Glossary/GlossaryBus.php';
require __DIR__ . '/app/Glossary/TermMatched.php';
require __DIR__ . '/app/Glossary/Glossary.php';
require __DIR__ . '/app/Glossary/TermHighlighter.php';
require __DIR__ . '/app/Glossary/TermScanner.php';
require __DIR__ . '/app/Providers/GlossaryServiceProvider.php';
require __DIR__ . '/app/Http/HighlightController.php';

use App\Glossary\TermScanner;
use App\Http\HighlightController;
use App\Providers\GlossaryServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Application();
$app->register(new GlossaryServiceProvider($app));

$worker = new Worker($app, function (Application $app, Request $request) {
    $controller = new HighlightController($app->make(TermScanner::class));
    return $controller($request);
});
$worker->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $text = str_repeat("Update the source string in the translation memory for locale $i. ", 14);
    $worker->handle(new Request('/api/glossary/highlight', ['document' => "doc-$i", 'text' => $text]));
}
