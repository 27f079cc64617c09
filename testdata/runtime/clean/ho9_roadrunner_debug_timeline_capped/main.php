<?php
// A RoadRunner HTTP worker records three debug events per request in a timeline capped at 120 events by a loop after the pushes.

require __DIR__ . '/vendor/spiral/roadrunner-http.php';
require __DIR__ . '/src/Timeline.php';
require __DIR__ . '/src/RelatedArticlesAction.php';

use App\Debug\Timeline;
use App\Http\RelatedArticlesAction;
use Spiral\RoadRunner\Http\HttpWorker;
use Spiral\RoadRunner\Worker;

$http = new HttpWorker(Worker::create());
$action = new RelatedArticlesAction(new Timeline());

while ($request = $http->waitRequest()) {
    $http->respond(200, $action($request), ['Content-Type' => ['application/json']]);
}
