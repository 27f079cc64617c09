<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/contracts.php';
require __DIR__ . '/src/Lab/ReferenceInterval.php';
require __DIR__ . '/src/Lab/Signalment.php';
require __DIR__ . '/src/Lab/ReferenceIntervalSource.php';
require __DIR__ . '/src/Lab/CachesReferenceIntervals.php';
require __DIR__ . '/src/Lab/LabResultReceived.php';
require __DIR__ . '/src/EventSubscriber/AbnormalResultSubscriber.php';
require __DIR__ . '/src/Controller/LabWebhookController.php';

use App\Controller\LabWebhookController;
use Symfony\Component\HttpKernel\Kernel;

$kernel = new Kernel(__DIR__ . '/config/services.php');
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $species = $i % 3 === 0 ? 'feline' : 'canine';
    $body = json_encode([
        'accession' => sprintf('LAB-2025-%07d', $i),
        'patient' => ['id' => 'P' . (810000 + $i), 'species' => $species, 'breed' => $species === 'feline' ? 'DSH' : 'Labrador', 'age_months' => 6 + ($i * 7) % 170],
        'results' => ['ALT' => 40 + $i % 150, 'CREA' => 60 + $i % 200, 'GLU' => 3.5 + ($i % 60) / 10],
    ]);
    $kernel->handle(LabWebhookController::class, ['method' => 'POST', 'path' => '/webhooks/lab', 'body' => $body]);
}
