<?php
// Laravel app served by an Octane-style loop; a singleton keeps the user's search history and hands the sidebar its newest 20 entries.

use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;

require __DIR__ . '/stubs/laravel.php';
require __DIR__ . '/app/Search/RecentSearches.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';
require __DIR__ . '/app/Http/Controllers/SearchController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$app = new Application();
(new AppServiceProvider($app))->register();
$router = new Router();
require __DIR__ . '/routes/web.php';

for ($i = 0; $i < $n; $i++) {
    $request = new Request('/search', ['q' => 'wireless headphones noise cancelling ' . $i . ' ' . str_repeat('over-ear ', 20), 'category' => 'audio']);
    $router->dispatch($app, $request);
}
