<?php

// FrankenPHP worker script for the document management service.

require __DIR__ . '/vendor/frankenphp-lite/worker.php';
require __DIR__ . '/vendor/monolog-lite/Logger.php';
require __DIR__ . '/app/Logging/MatterContextProcessor.php';
require __DIR__ . '/app/Documents/RecentUploads.php';
require __DIR__ . '/app/Documents/LegalHoldRegistry.php';
require __DIR__ . '/app/Http/UploadDocumentAction.php';

use App\Documents\LegalHoldRegistry;
use App\Documents\RecentUploads;
use App\Http\UploadDocumentAction;
use App\Logging\MatterContextProcessor;
use Monolog\Lite\BufferlessNullHandler;
use Monolog\Lite\Logger;

function uploadRequests(int $n): Generator
{
    $matters = ['LIT-2022-000417', 'LIT-2023-000089', 'EMP-2024-000031', 'LIT-2021-000958', 'IP-2024-000210'];
    for ($i = 0; $i < $n; $i++) {
        yield [
            ['REQUEST_METHOD' => 'POST', 'REQUEST_URI' => '/documents', 'HTTP_X_REQUEST_ID' => sprintf('req-%08x', 0x5f3a0000 + $i)],
            [
                'matter' => ' ' . strtolower($matters[$i % 5]),
                'document_id' => ($i % 4 === 0 ? 'D' : 'V') . sprintf('%07d', 800000 + $i),
                'title' => sprintf('Deposition transcript of corporate designee, volume %d (rough)', 1 + $i % 4),
                'uploaded_by' => sprintf('paralegal%02d@wexfordgrey.example', $i % 15),
                'description' => sprintf('Rough transcript received from court reporter on %s; errata sheet pending; confidential under the stipulated protective order, paragraphs 4 through 7; exhibits %d-%d to follow under separate cover.', date('Y-m-d', 1712000000 + $i * 5400), 40 + $i % 30, 52 + $i % 30),
                'size' => (string) (180000 + $i * 311),
            ],
        ];
    }
}

$logger = new Logger('documents', new BufferlessNullHandler());
$matterContext = new MatterContextProcessor();
$logger->pushProcessor($matterContext);

$action = new UploadDocumentAction(
    $logger,
    $matterContext,
    new LegalHoldRegistry(['LIT-2022-000417' => 'LH-0091', 'LIT-2023-000089' => 'LH-0098', 'LIT-2021-000958' => 'LH-0107', 'IP-2024-000210' => 'LH-0122']),
    new RecentUploads(),
);

$handler = static function () use ($action): void {
    if ($_SERVER['REQUEST_METHOD'] === 'POST' && $_SERVER['REQUEST_URI'] === '/documents') {
        $response = $action($_POST, $_SERVER['HTTP_X_REQUEST_ID']);
        http_response_code($response['status']);
    }
};

FrankenPhpStandIn::$feed = uploadRequests((int) (getenv('PHPLEAK_N') ?: 100));

for ($nbRequests = 0; ; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
