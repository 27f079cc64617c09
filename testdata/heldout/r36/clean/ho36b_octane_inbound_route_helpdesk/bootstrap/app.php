<?php

use App\Http\Controllers\InboundMailController;
use App\Mail\Inbound\EncodedWordDecoder;
use App\Mail\Inbound\InboundMessageFactory;
use Illuminate\Container\Container;
use Illuminate\Routing\Router;

$app = Container::getInstance();

$app->singleton(EncodedWordDecoder::class, fn () => new EncodedWordDecoder());
$app->singleton(InboundMessageFactory::class, fn (Container $c) => new InboundMessageFactory(
    $c->make(EncodedWordDecoder::class),
    ['support' => 'support', 'billing' => 'billing', 'help' => 'support', 'abuse' => 'trust'],
));
$app->bind(InboundMailController::class, fn (Container $c) => new InboundMailController($c->make(InboundMessageFactory::class)));
$app->singleton(Router::class, function (Container $c) {
    $router = new Router($c);
    $router->post('/webhooks/inbound/postmark', [InboundMailController::class, 'postmark']);

    return $router;
});

return $app;
