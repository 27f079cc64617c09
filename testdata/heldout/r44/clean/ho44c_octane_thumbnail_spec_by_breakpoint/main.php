<?php

use Illuminate\Http\Request;
use Laravel\Octane\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = require __DIR__ . '/bootstrap/app.php';

$worker = new Worker($app);
$worker->boot();

// Traffic shape seen by the image edge: responsive <img> tags asking for the
// exact box the layout needs.
$accepts = ['image/avif,image/webp,*/*', 'image/webp,*/*', 'image/jpeg,*/*'];
$fits = ['cover', 'contain', 'inside'];

$worker->serve(static function (int $i) use ($accepts, $fits): Request {
    $width = 96 + ($i * 37) % 2000;

    return Request::create(
        '/p/' . sha1('photo-' . ($i % 37)) . '/thumb',
        'GET',
        ['w' => (string) $width, 'h' => (string) intdiv($width * 3, 4), 'fit' => $fits[$i % 3]],
        ['Accept' => $accepts[$i % 3]],
    );
});
