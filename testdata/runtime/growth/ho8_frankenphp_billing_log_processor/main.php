<?php
// A FrankenPHP worker's invoice controller pushes a Monolog processor carrying the request's billing context before logging the invoice steps.

require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/stubs/monolog.php';
require __DIR__ . '/src/InvoiceController.php';

$logger = new Monolog\Logger('billing');
$controller = new App\Billing\InvoiceController($logger);

$handler = static function () use ($controller): void {
    http_response_code($controller->create($_SERVER, $_GET));
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
