<?php

declare(strict_types=1);

require __DIR__ . '/vendor/dunglas/frankenphp/worker.php';
require __DIR__ . '/src/Attachments/UploadedClaimDocument.php';
require __DIR__ . '/src/Attachments/UploadMetadataRegistry.php';
require __DIR__ . '/src/Attachments/AttachmentInspector.php';
require __DIR__ . '/src/Attachments/ClaimAttachmentController.php';

use App\Attachments\AttachmentInspector;
use App\Attachments\ClaimAttachmentController;

// Boot once per worker.
$controller = new ClaimAttachmentController(new AttachmentInspector());

frankenphp_replay_from(static function (int $i): array {
    $claim = sprintf('CLM-24-%06d', 410000 + $i);

    return [
        "/claims/{$claim}/attachments",
        ['note' => "Hail damage to roof and north-facing siding, photos taken " . date('Y-m-d', 1718000000 + $i * 600)],
        [
            'damage_photo' => ['name' => sprintf('IMG_%04d.jpg', 2000 + $i % 8000), 'type' => 'image/jpeg', 'size' => 2400000 + $i * 17, 'tmp_name' => '/tmp/php' . substr(md5("p$i"), 0, 6), 'error' => 0],
            'contractor_estimate' => ['name' => "estimate-{$claim}.pdf", 'type' => 'application/pdf', 'size' => 180000 + $i * 3, 'tmp_name' => '/tmp/php' . substr(md5("e$i"), 0, 6), 'error' => 0],
        ],
    ];
});

$handler = static function () use ($controller): void {
    $controller->upload($_SERVER['REQUEST_URI'], $_POST, $_FILES);
};

while (frankenphp_handle_request($handler)) {
    // next request
}
