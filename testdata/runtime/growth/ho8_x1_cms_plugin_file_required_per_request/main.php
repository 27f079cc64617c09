<?php
// Multi-site Laravel CMS under Octane: PostController asks PluginManager to require each enabled plugin's plugin.php for the request's site before filtering the post body.

use App\Cms\PluginManager;
use App\Http\Controllers\PostController;
use Illuminate\Container\Container;
use Illuminate\Http\Request;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton(PluginManager::class, fn () => new PluginManager(__DIR__ . '/plugins'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $settings = ['words_per_minute' => 200 + $i % 50, 'label' => "Issue {$i}", 'footer' => str_repeat('read more ', 30)];
    $request = new Request('GET', "/posts/release-{$i}", ['host' => 'site' . ($i % 20) . '.example.com', 'settings' => $settings]);
    $html = $app->make(PostController::class)->show($request, "release-{$i}");
}
