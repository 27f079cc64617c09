<?php

require __DIR__ . '/vendor/illuminate/container.php';
require __DIR__ . '/vendor/illuminate/support.php';
require __DIR__ . '/vendor/laravel/octane/worker.php';
require __DIR__ . '/app/Support/helpers.php';
require __DIR__ . '/app/Notifications/ReplyNotification.php';
require __DIR__ . '/app/Notifications/DigestMailer.php';
require __DIR__ . '/app/Notifications/DigestBuffer.php';
require __DIR__ . '/app/Facades/Digest.php';
require __DIR__ . '/app/Listeners/FlushReplyDigests.php';
require __DIR__ . '/app/Providers/NotificationServiceProvider.php';
require __DIR__ . '/app/Http/ReplyController.php';

use App\Http\ReplyController;
use App\Providers\NotificationServiceProvider;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Worker;

$app = Container::getInstance();
$app->instance('config', new Repository(['notifications' => require __DIR__ . '/config/notifications.php']));
$app->instance('events', new Dispatcher());

$provider = new NotificationServiceProvider($app);
$provider->register();
$provider->boot();

// Forum fixture loaded at boot: 40 threads, each watched by a few of 300 members.
$threads = [];
for ($t = 1; $t <= 40; $t++) {
    $watchers = [];
    for ($w = 0; $w < 5; $w++) {
        $watchers[] = 1 + (($t * 37 + $w * 61) % 300);
    }
    $threads[$t] = ['title' => "Build log #{$t}: restoring a 1970s synth", 'watchers' => $watchers];
}
$controller = new ReplyController($threads);

$worker = new Worker($app, static function (array $request) use ($controller): int {
    return match ($request['uri']) {
        '/api/replies' => $controller->store($request['body']),
        default => 404,
    };
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'method' => 'POST',
        'uri' => '/api/replies',
        'body' => [
            'thread_id' => 1 + ($i % 40),
            'reply_id' => 90000 + $i,
            'author_id' => 1 + ($i * 7) % 300,
            'author_name' => 'member_' . (($i * 7) % 300),
            'markdown' => "**Update {$i}:** swapped the *filter caps* and recalibrated the VCO; tracking is within a few cents over four octaves now. Photos in the [album](https://img.example.test/{$i}).",
            'posted_at' => 1700000000 + $i * 17,
        ],
    ]);
}
