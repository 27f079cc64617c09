<?php
// Octane-style worker entry: runs the permissions:warm Artisan command once at boot, then serves admin requests.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/http.php';
require __DIR__ . '/app/Auth/AbilityMap.php';
require __DIR__ . '/app/Console/Commands/WarmPermissions.php';
require __DIR__ . '/app/Http/Middleware/Authorize.php';

use App\Console\Commands\WarmPermissions;
use App\Http\Middleware\Authorize;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;
use Illuminate\Http\Request;

$app = Container::getInstance();
$artisan = new Kernel($app);
$artisan->registerCommand(new WarmPermissions());
$artisan->call('permissions:warm');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$authorize = $app->make(Authorize::class);
for ($i = 0; $i < $n; $i++) {
    $request = new Request([], ['user' => (object) ['id' => $i, 'role' => ['viewer', 'editor'][$i % 2]], 'route' => ['article' => $i]]);
    $authorize->handle($request, fn (Request $r) => ['status' => 200, 'body' => "article {$r->route('article')}"], 'articles.update');
}
