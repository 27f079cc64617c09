<?php
// A Laravel Octane worker whose singleton activity feed keeps the latest 30 entries and moves older ones to an archive list.

require __DIR__ . '/vendor/laravel/octane.php';
require __DIR__ . '/app/Feed/ActivityFeed.php';
require __DIR__ . '/app/Http/Controllers/CommentController.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Container();
(new AppServiceProvider($app))->register();
$worker = new Worker($app, require __DIR__ . '/routes/web.php');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = '<p>' . str_repeat("Agreed with point {$i}, see the attached spec. ", 14) . '</p>';
    $worker->handle(new Request('POST', '/comments', ['post' => 300 + $i % 50, 'body' => $body], 1 + $i % 90));
}
