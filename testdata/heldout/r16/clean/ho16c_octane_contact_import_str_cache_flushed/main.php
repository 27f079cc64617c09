<?php
// Modelled on laravel/framework#40620 + laravel/octane#468 (Str::flushCache, FlushStrCache listener between Octane requests).

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/support/Str.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/vendor/laravel/octane/Listeners.php';
require __DIR__ . '/app/Support/ColumnNormalizer.php';
require __DIR__ . '/app/Http/Controllers/ContactImportController.php';

use App\Http\Controllers\ContactImportController;
use App\Support\ColumnNormalizer;
use Laravel\Octane\Worker;

$octane = require __DIR__ . '/config/octane.php';

$controller = new ContactImportController(
    new ColumnNormalizer(['first_name', 'last_name', 'email', 'phone', 'company'])
);
$worker = new Worker(fn (array $request): array => $controller->preview($request), $octane);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Each workspace uploads its own sheet; custom column titles are free text.
    $campaign = sprintf('Spring Webinar %d Attendee Segment', 4000 + $i);
    $csv = "First Name,Last Name,Email,Company,{$campaign},Referral Code {$i} Owner,Notes For Rep {$i}\n"
        . "Ada,Lovelace,ada@example.test,Analytical Ltd,yes,R-{$i},call back\n"
        . "Alan,Turing,alan@example.test,Bletchley Co,no,R-{$i}1,send deck\n";
    $worker->handle(['method' => 'POST', 'uri' => '/contacts/import/preview', 'body' => $csv]);
}
