<?php
// A FrankenPHP worker imports uploaded CSV rows per request through an import job that runs its completion callbacks when done.

require __DIR__ . '/frankenphp-stub.php';
require __DIR__ . '/src/Import.php';

$controller = new App\Import\ImportController(new App\Import\ImportStats());

$handler = static function () use ($controller): void {
    http_response_code($controller->upload($_POST));
};

for ($requests = 0; frankenphp_handle_request($handler); $requests++) {
}
