<?php

declare(strict_types=1);

require __DIR__ . '/vendor/spiral/roadrunner-worker/src/Payload.php';
require __DIR__ . '/vendor/spiral/roadrunner-worker/src/Worker.php';
require __DIR__ . '/src/OpenRtb/BidRequest.php';
require __DIR__ . '/src/OpenRtb/ImpList.php';
require __DIR__ . '/src/OpenRtb/Imp.php';
require __DIR__ . '/src/OpenRtb/BidRequestFactory.php';
require __DIR__ . '/src/Bidding/Bidder.php';

use App\Bidding\Bidder;
use App\OpenRtb\BidRequestFactory;
use Spiral\RoadRunner\Payload;
use Spiral\RoadRunner\Worker;

$worker = Worker::create();
$factory = new BidRequestFactory();
$bidder = new Bidder(['728x90' => 0.52, '300x250' => 1.10, '320x50' => 0.20], 'seat-dsp-42');

while ($payload = $worker->waitPayload()) {
    $request = $factory->fromJson($payload->body);
    $response = $bidder->respond($request);
    $worker->respond(new Payload($response === null ? '' : json_encode($response)));
}
