<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/foundation.php';
require __DIR__ . '/app/Models/Models.php';
require __DIR__ . '/app/Auth/Gate.php';
require __DIR__ . '/app/Http/DocumentIndexController.php';

use App\Auth\Gate;
use App\Auth\GateFacade;
use App\Http\DocumentIndexController;
use App\Models\Document;
use App\Models\DocumentPolicy;
use App\Models\User;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\RequestTerminated;
use Laravel\Octane\Worker;

$app = Container::getInstance();

// Boot, once per worker (AppServiceProvider::boot()).
$gate = $app->make(Gate::class);
$gate->policy(Document::class, new DocumentPolicy());

// Octane keeps the Gate singleton between requests: forget who was logged in and what they could do.
$app->make(Dispatcher::class)->listen(RequestTerminated::class, static function () use ($gate): void {
    $gate->setUser(null);
    $gate->flushDecisions();
});

$controller = new DocumentIndexController();
$worker = new Worker($app->make(Dispatcher::class), static function (array $request) use ($controller): void {
    GateFacade::setUser(new User($request['user'], $request['team']));
    $documents = [];
    foreach ($request['document_ids'] as $k => $id) {
        $documents[] = new Document($id, $request['team'] + $k % 2, $request['user'] + $k % 3, "Quarterly report {$id}", $k === 5);
    }
    $payload = json_encode($controller($documents), \JSON_THROW_ON_ERROR);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'user' => 10 + $i % 50,
        'team' => 3,
        'document_ids' => range(1000 + $i * 6, 1005 + $i * 6),
    ]);
}
