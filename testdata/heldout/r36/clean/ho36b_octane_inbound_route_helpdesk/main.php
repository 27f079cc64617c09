<?php

require __DIR__ . '/vendor/laravel/framework/Container.php';
require __DIR__ . '/vendor/laravel/framework/Http.php';
require __DIR__ . '/vendor/laravel/framework/Routing.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Mail/Inbound/InboundMessage.php';
require __DIR__ . '/app/Mail/Inbound/EncodedWordDecoder.php';
require __DIR__ . '/app/Mail/Inbound/InboundMessageFactory.php';
require __DIR__ . '/app/Http/Controllers/InboundMailController.php';
require __DIR__ . '/tests/PostmarkInboundFixture.php';

use Illuminate\Http\Request;
use Laravel\Octane\Worker;
use Tests\PostmarkInboundFixture;

$app = require __DIR__ . '/bootstrap/app.php';
$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create(
        '/webhooks/inbound/postmark',
        'POST',
        PostmarkInboundFixture::payload($i),
        ['x-postmark-token' => 'pm-inbound-' . ($i % 2 ? 'a' : 'b'), 'content-type' => 'application/json'],
    );
    $worker->handle($request);
}
