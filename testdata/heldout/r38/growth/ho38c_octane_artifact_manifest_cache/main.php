<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/container.php';
require __DIR__ . '/vendor/illuminate/cache.php';
require __DIR__ . '/vendor/illuminate/support.php';
require __DIR__ . '/app/Support/ArtifactKey.php';
require __DIR__ . '/app/Services/ArtifactManifestService.php';
require __DIR__ . '/app/Http/Controllers/ArtifactController.php';

use App\Http\Controllers\ArtifactController;
use App\Services\ArtifactManifestService;
use Illuminate\Container\Container;

// Octane boots the application once; the container and its singletons are
// shared by every request this worker serves.
$app = Container::getInstance();
$app->instance('config', new Illuminate\Config\Repository(['artifacts' => require __DIR__ . '/config/artifacts.php']));
$app->singleton('cache', fn () => new Illuminate\Cache\Repository(new Illuminate\Cache\ArrayStore()));
$app->singleton(ArtifactController::class, fn () => new ArtifactController(new ArtifactManifestService()));

$projects = ['acme/api', 'acme/web', 'acme/cli'];
$kinds = ['tarball', 'wheel', 'phar', 'coverage'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; ++$i) {
    $build = 5000 + $i;
    $route = ['project' => $projects[$i % 3], 'build' => (string) $build];
    $query = ['sha' => sha1("push-$build-" . mt_rand()), 'kind' => $kinds[$i % 4]];
    $body = ['files' => [
        "dist/acme-$build.tar.gz" => 1048576 + $i,
        "dist/acme-$build.tar.gz.sig" => 512,
    ]];

    $response = $app->make(ArtifactController::class)->index($route, $query, $body);
    unset($response);
}
