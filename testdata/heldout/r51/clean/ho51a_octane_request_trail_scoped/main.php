<?php

// Laravel Octane worker: the application boots once, then serves requests.

use Illuminate\Http\Request;
use Laravel\Octane\ApplicationFactory;
use Laravel\Octane\Worker;

require __DIR__ . '/vendor/autoload.php';

$worker = new Worker(new ApplicationFactory(__DIR__));
$worker->boot();

$requests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $requests; $i++) {
    $worker->handle(new Request(
        'GET',
        '/orders/' . (40000 + $i) . '?include=lines',
        [
            'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.' . $i . ' Safari/537.36',
            'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i * 7919, $i % 65536, $i % 4096, ($i * 31) % 4096, $i * 104729),
        ],
        ['include' => 'lines'],
        '10.0.' . intdiv($i, 250) % 256 . '.' . ($i % 250),
    ));
}
