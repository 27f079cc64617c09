<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/octane/Container.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Holds/HoldNotice.php';
require __DIR__ . '/app/Holds/HoldNoticeBuffer.php';
require __DIR__ . '/app/Holds/HoldService.php';
require __DIR__ . '/app/Http/PlaceHoldController.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Laravel\Octane\Worker;

$app = new Container();
(new AppServiceProvider($app))->register();

$worker = new Worker($app, require __DIR__ . '/config/octane.php');
$worker->boot();

$branches = ['central', 'north', 'harbour'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'method' => 'POST',
        'path' => '/api/holds',
        'patron' => 'P' . (10000 + $i % 400),
        'isbn' => '978' . str_pad((string) (($i * 7919) % 10000000), 10, '0', STR_PAD_LEFT),
        'branch' => $branches[$i % 3],
    ]);
}
