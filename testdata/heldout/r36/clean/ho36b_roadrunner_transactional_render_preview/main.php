<?php

require __DIR__ . '/vendor/spiral/roadrunner-http/PSR7Worker.php';
require __DIR__ . '/vendor/acme/templating/Environment.php';
require __DIR__ . '/app/Mail/RenderedEmail.php';
require __DIR__ . '/app/Mail/PlainTextFallback.php';
require __DIR__ . '/app/Mail/TransactionalRenderer.php';
require __DIR__ . '/app/Http/RenderMessageAction.php';

use Acme\Templating\Environment;
use App\Http\RenderMessageAction;
use App\Mail\PlainTextFallback;
use App\Mail\TransactionalRenderer;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

$config = require __DIR__ . '/config/templates.php';

$view = new Environment(['brand' => ['name' => 'Parcelpost', 'support_url' => 'https://help.parcelpost.test']]);
foreach ($config['templates'] as $name => $parts) {
    foreach ($parts as $part => $source) {
        $view->addTemplate("{$name}.{$part}", $source);
    }
}
$action = new RenderMessageAction(
    new TransactionalRenderer($view, new PlainTextFallback(), $config['locales']),
    array_keys($config['templates']),
);

$relay = static function (int $i): ServerRequest {
    $names = ['Amelia', 'Jonas', 'Chloé', 'Mateo', 'Yuki'];
    $items = [];
    for ($k = 0; $k < 3; $k++) {
        $items[] = ['sku' => sprintf('SKU-%05d-%d', 31000 + $i, $k), 'title' => "Recycled notebook pack #" . ($i * 3 + $k), 'qty' => 1 + ($i + $k) % 4];
    }
    $body = json_encode([
        'template' => ['order_shipped', 'invoice_ready', 'password_reset'][$i % 3],
        'locale' => ['en', 'pt-BR', 'de', 'fr', 'pt-BR'][$i % 5],
        'data' => [
            'customer' => ['first_name' => $names[$i % 5], 'email' => "customer{$i}@shop.test", 'id' => 70000 + $i],
            'order' => ['number' => 'PP-' . (2024000 + $i), 'carrier' => $i % 2 ? 'DHL Express' : 'UPS Standard', 'tracking' => strtoupper(bin2hex(random_bytes(9)))],
            'items' => $items,
            'reset_url' => 'https://account.parcelpost.test/reset/' . bin2hex(random_bytes(16)),
        ],
    ]);

    return new ServerRequest('POST', 'http://api.internal/v1/messages/render', ['authorization' => 'Bearer key_live_' . ($i % 4)], $body);
};

$worker = new PSR7Worker($relay, (int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($action($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, $e->getMessage()));
    }
}
