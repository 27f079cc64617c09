<?php
// A PSR-15 CRM API served by a long-lived worker converts PHP warnings raised by the contact import handler into 500 problem responses.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Http/MessageTrait.php';
require_once __DIR__ . '/src/Http/ServerRequest.php';
require_once __DIR__ . '/src/Http/Response.php';
require_once __DIR__ . '/src/Http/MiddlewarePipeline.php';
require_once __DIR__ . '/src/Middleware/RequestIdMiddleware.php';
require_once __DIR__ . '/src/Middleware/ErrorConversionMiddleware.php';
require_once __DIR__ . '/src/Handler/ImportContactsHandler.php';

use App\Handler\ImportContactsHandler;
use App\Http\MiddlewarePipeline;
use App\Http\ServerRequest;
use App\Middleware\ErrorConversionMiddleware;
use App\Middleware\RequestIdMiddleware;

$pipeline = (new MiddlewarePipeline(new ImportContactsHandler()))
    ->pipe(new RequestIdMiddleware())
    ->pipe(new ErrorConversionMiddleware(false));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $csv = '';
    for ($row = 0; $row < 6; $row++) {
        $csv .= sprintf("contact%d.%d@example.com;Jane;Doe;Example Trading Company %d\n", $i, $row, $row);
    }
    if ($i % 7 === 0) {
        $csv .= "broken-row-without-columns\n";
    }
    $pipeline->handle(new ServerRequest('POST', '/api/contacts/import?list=' . $i, ['Content-Type' => 'text/csv'], $csv));
}
