<?php

require __DIR__ . '/vendor/laravel-octane/Application.php';
require __DIR__ . '/vendor/laravel-octane/Facade.php';
require __DIR__ . '/vendor/laravel-octane/Worker.php';
require __DIR__ . '/app/Models/Post.php';
require __DIR__ . '/app/Feed/FollowerGraph.php';
require __DIR__ . '/app/Feed/TimelineStore.php';
require __DIR__ . '/app/Feed/Timeline.php';
require __DIR__ . '/app/Feed/FanoutService.php';

use App\Feed\FanoutService;
use App\Feed\Timeline;
use App\Models\Post;
use Illuminate\Foundation\Application;
use Laravel\Octane\RequestContext;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';

function incoming_requests(int $n): \Generator
{
    $now = 1_700_000_000;
    for ($i = 1; $i <= $n; $i++) {
        $now += 13;
        $author = ($i % 12) + 1;
        yield new RequestContext('POST', '/api/posts', [
            'id' => 90_000 + $i,
            'author_id' => $author,
            'body' => sprintf(
                'Post #%d by @user%d: %s',
                $i,
                $author,
                str_repeat('shipping the new release notes today, feedback welcome ', 4)
            ),
            'visibility' => $i % 5 === 0 ? 'public' : 'followers',
        ], $now);
    }
}

$worker = new Worker($app);
$worker->run(incoming_requests((int) (getenv('PHPLEAK_N') ?: 100)), function (Application $app, RequestContext $request): void {
    $post = Post::fromPayload($request->payload, $request->receivedAt);
    $delivered = $app->make(FanoutService::class)->publish($post);
    $home = Timeline::latest($post->authorId, 20);
    unset($home, $delivered, $post);
});
