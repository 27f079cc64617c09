<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Intake/ClaimDocumentReceived.php';
require __DIR__ . '/src/Intake/PageFingerprinter.php';
require __DIR__ . '/src/Intake/PageFilterFactory.php';
require __DIR__ . '/src/Intake/DocumentClassifier.php';
require __DIR__ . '/src/Intake/ClaimDocumentIntakeHandler.php';

use App\Intake\ClaimDocumentReceived;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$bus = (require __DIR__ . '/config/services.php')();

$sources = ['email', 'portal', 'fax', 'adjuster_app'];
$receiver = static function (int $i) use ($sources): Envelope {
    $claim = sprintf('CLM-24-%06d', 700000 + intdiv($i, 2));
    $pages = [
        'FAX COVER SHEET - CONFIDENTIAL - Claims Intake Department',
        "Repair estimate for claim {$claim}\nLabor: 6.5h @ 78.00\nParts: rear bumper cover, tail lamp assembly",
        "Estimate line items {$claim}: paint and materials 412.10, refinish 3.2h, hazardous waste 4.50",
        '',
        "Photo log {$claim}: 14 images attached, taken " . date('Y-m-d', 1700000000 + $i * 3600),
        "Shop: Eastside Collision #" . (1000 + $i % 40) . " — supplement may follow after teardown of {$claim}",
        "Signature page, document " . ($i + 1) . ", received via {$sources[$i % 4]}",
    ];

    return new Envelope(new ClaimDocumentReceived(
        documentId: sprintf('DOC-%08d', 5100000 + $i),
        claimNumber: $claim,
        source: $sources[$i % 4],
        ocrText: implode("\f", $pages),
    ));
};

$worker = new Worker($receiver, $bus);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
