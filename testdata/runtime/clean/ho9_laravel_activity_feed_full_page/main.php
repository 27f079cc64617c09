<?php
// A Laravel Octane app streams a user's activity feed from a shared ActivityFeed service that keeps open feed generators by cursor for later pages.

require __DIR__ . '/vendor/laravel/foundation.php';
require __DIR__ . '/app/Models/User.php';
require __DIR__ . '/app/Services/ActivityFeed.php';
require __DIR__ . '/app/Http/Controllers/FeedController.php';
require __DIR__ . '/routes/web.php';

use App\Models\User;
use App\Services\ActivityFeed;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Container();
$app->singleton(ActivityFeed::class);

for ($i = 0; $i < $n; $i++) {
    $user = new User($i, "user{$i}", str_repeat("Photographer and hiker from Graz ({$i}). ", 12));
    [$controller, $method] = Route::$routes['GET /feed'];
    $app->make($controller)->{$method}(new Request([], $user));
}
