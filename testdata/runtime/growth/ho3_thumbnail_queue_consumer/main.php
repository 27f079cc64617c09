<?php
// A media service's queue consumer pulls thumbnail-generation messages from a transport one at a time, tracks which deliveries are in flight for the heartbeat, runs the handler and acknowledges or rejects each delivery.

declare(strict_types=1);

require __DIR__ . '/src/Messenger/Outcome.php';
require __DIR__ . '/src/Messenger/Envelope.php';
require __DIR__ . '/src/Messenger/InMemoryTransport.php';
require __DIR__ . '/src/Messenger/Consumer.php';
require __DIR__ . '/src/Message/GenerateThumbnail.php';
require __DIR__ . '/src/Handler/GenerateThumbnailHandler.php';

use Media\Handler\GenerateThumbnailHandler;
use Media\Message\GenerateThumbnail;
use Media\Messenger\Consumer;
use Media\Messenger\Envelope;
use Media\Messenger\InMemoryTransport;

$transport = new InMemoryTransport();
$consumer = new Consumer($transport, new GenerateThumbnailHandler(['small' => 160, 'medium' => 480]));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $transport->send(new Envelope(new GenerateThumbnail(
        assetId: 90_000 + $i,
        sourcePath: sprintf('s3://media-bucket/uploads/2024/%02d/%s.jpg', $i % 12 + 1, md5((string) $i)),
        sizes: ['small', 'medium'],
    ), ['trace_id' => bin2hex(random_bytes(8)), 'attempt' => '1', 'content_type' => 'application/json']));
    $consumer->tick();
}
