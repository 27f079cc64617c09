<?php

declare(strict_types=1);

require __DIR__ . '/vendor/frankenphp/worker.php';
require __DIR__ . '/src/Species.php';
require __DIR__ . '/src/ReminderRequest.php';
require __DIR__ . '/src/CompiledTemplate.php';
require __DIR__ . '/src/TemplateCompiler.php';
require __DIR__ . '/src/helpers.php';
require __DIR__ . '/src/ReminderPreviewController.php';

use Vetcare\Reminders\ReminderPreviewController;
use Vetcare\Reminders\ReminderRequest;

ignore_user_abort(true);

$controller = new ReminderPreviewController();
$handler = static function () use ($controller): void {
    $response = $controller(ReminderRequest::fromGlobals());
    if ($response['status'] !== 200) {
        error_log('reminder preview failed');
    }
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
